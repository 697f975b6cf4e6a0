// @vitest-environment happy-dom
/**
 * Tonight's plan reads the schedule as the popup's verdict does: a planned session whose time has passed and
 * was not answered counts as rolled (issue 12: "a planned session that passed without being logged counts
 * for nothing" was the complaint), and one answered "No" does not.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../src/ingredients';
import { defaultSettings, type Settings } from '../../../src/settings';
import type { ShelfProduct } from '../../../src/shelf/types';
import { PlanView } from '../../../src/ui/plan/plan-view';
import { useCatalogue } from './fake-i18n';

// Tuesday 1 Dec 2026, 21:00 local; the plan rolls every Tuesday at 20:00, set up a week before.
const NOW = new Date(2026, 11, 1, 21, 0).getTime();
const PLANNED = new Date(2026, 11, 1, 20, 0).getTime();
const settings: Settings = {
  ...defaultSettings(),
  needleMm: 0.5,
  plan: { kind: 'weekdays', days: [2] },
  time: '20:00',
  since: new Date(2026, 10, 24, 12, 0).getTime(),
};
const serum: ShelfProduct = {
  id: 'p1',
  name: 'Night retinal serum',
  shop: null,
  url: null,
  text: 'Aqua, Glycerin, Retinal, Phenoxyethanol',
  addedAt: NOW - 86_400_000,
  category: null,
  kinds: [],
};

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en', 'en-GB');
});
afterEach(cleanup);

const plan = (skipped: number[]) =>
  render(
    <PlanView
      shelf={[serum]}
      settings={settings}
      sessions={[]}
      skipped={skipped}
      analyze={analyze}
      now={NOW}
    />,
  ).container.textContent ?? '';

describe('tonight’s plan and "Did you roll?"', () => {
  test('an unanswered planned session an hour ago holds the retinal serum, as if rolled', () => {
    const text = plan([]);
    expect(text).toContain('Night retinal serum');
    expect(text).toMatch(/Hold until .*retinal/i);
    expect(text).not.toContain('Fine tonight');
  });

  test('answered "No": the serum is not held for that session', () => {
    expect(plan([PLANNED])).not.toMatch(/Hold until/);
  });
});
