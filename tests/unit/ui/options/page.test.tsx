// @vitest-environment happy-dom
/** The whole options page rendered in English and German: headings, skip link, times in the locale's clock. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Settings } from '../../../../src/settings';
import { shops } from '../../../../src/shops';
import { OptionsPage } from '../../../../src/ui/options/page';
import type { Updates } from '../../../../src/ui/store';
import { useCatalogue } from '../fake-i18n';

afterEach(cleanup);

const NOW = Date.UTC(2026, 2, 27, 9); // Friday 27 March 2026
const settings: Settings = {
  needleMm: 0.5,
  plan: { kind: 'weekdays', days: [2, 5] },
  time: '20:00',
  overrides: {},
  reminders: false,
  checklist: true,
};
const update = new Proxy({}, { get: () => vi.fn() }) as Updates;

function page(lang: 'en' | 'de', ui: string) {
  useCatalogue(lang, ui);
  return render(
    <OptionsPage
      now={NOW}
      settings={settings}
      sessions={[{ at: NOW - 3_600_000, needleMm: 0.5 }]}
      repairs={[]}
      update={update}
      shops={shops}
      shelf={[]}
    />,
  );
}

describe.each([
  ['en', 'en-US', 'Needle Safe settings', /\b(AM|PM)\b/],
  ['de', 'de-DE', 'Needle Safe – Einstellungen', /\d\d:\d\d/],
] as const)('%s (%s)', (lang, ui, h1, clock) => {
  test('one h1, a heading in every section, a skip link to main first', () => {
    const { container } = page(lang, ui);
    expect([...container.querySelectorAll('h1')].map((e) => e.textContent)).toEqual([h1]);
    const sections = [...container.querySelectorAll('section')];
    expect(sections.length).toBeGreaterThanOrEqual(7);
    for (const s of sections) expect(s.querySelector('h2'), s.id).not.toBeNull();
    const first = container.querySelector('a');
    expect(first?.getAttribute('href')).toBe('#main');
    expect(container.querySelector('main#main')).not.toBeNull();
  });

  test("times in the locale's own clock", () => {
    const { container } = page(lang, ui);
    const next = [...container.querySelectorAll('#schedule p')].map((p) => p.textContent ?? '').join(' ');
    expect(next).toMatch(clock);
    if (lang === 'de') expect(container.textContent).not.toMatch(/\b(AM|PM)\b/);
  });
});

test('German: no English page text left (citations and shop names aside)', () => {
  const { container } = page('de', 'de-DE');
  const text = container.textContent ?? '';
  for (const english of [
    'Needle length',
    'Recovery windows',
    'Sessions:',
    'Log a session',
    'Privacy',
    'hours to',
  ])
    expect(text).not.toContain(english);
  expect(container.querySelector('label[for="needle"]')?.textContent).toBe('Nadellänge');
  // Weekdays from Intl in German, Monday first.
  const days = [...container.querySelectorAll('.days label')].map((l) => l.textContent?.trim());
  expect(days).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
});
