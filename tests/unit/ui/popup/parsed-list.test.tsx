// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../../../src/ingredients/index';
import { ParsedList } from '../../../../src/ui/popup/parsed-list';
import { useCatalogue } from '../fake-i18n';

beforeEach(() => useCatalogue('en', 'en-GB'));
afterEach(cleanup);

const flaggedNames = (container: Element) =>
  [...container.querySelectorAll('li.flagged')].map((li) => li.textContent);

describe('ParsedList', () => {
  test('every occurrence of a flagged ingredient is marked, also the ones its one finding stands for', () => {
    // the same list twice (a page that prints it twice)
    const twice = analyze('Aqua, Retinol, Glycerin, Aqua, Retinol, Glycerin');
    expect(twice.findings).toHaveLength(1);
    const { container, getByRole } = render(<ParsedList analysis={twice} />);
    fireEvent.click(getByRole('button'));
    expect(flaggedNames(container)).toEqual(['Retinol', 'Retinol']);
  });

  test('shades: the irritant is marked in every shade, a note nowhere', () => {
    const shades = analyze('Shade 1: Talc, Parfum. Shade 2: Parfum, Mica, Silica');
    const { container, getByRole } = render(<ParsedList analysis={shades} />);
    fireEvent.click(getByRole('button'));
    expect(flaggedNames(container)).toEqual(['Parfum', 'Parfum']);
  });
});
