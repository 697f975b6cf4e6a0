// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/error-boundary';
import { useCatalogue } from './fake-i18n';

beforeEach(() => useCatalogue('en', 'en-GB'));

function Broken(): never {
  // What an out-of-range time did to the options page before issue 12.
  throw new RangeError('Invalid time value');
}

describe('ErrorBoundary', () => {
  test('a view that throws shows a message in its place; its siblings still render', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container, getByRole } = render(
      <main>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
        <ErrorBoundary>
          <p>the next section</p>
        </ErrorBoundary>
      </main>,
    );
    expect(getByRole('alert').textContent).toBe(
      'This part could not be shown (RangeError: Invalid time value). Everything else still works; reloading may help.',
    );
    expect(container.textContent).toContain('the next section');
  });
});
