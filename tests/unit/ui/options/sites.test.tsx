// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Site } from '../../../../src/sites';
import { YourSites } from '../../../../src/ui/options/sites';
import { useCatalogue } from '../fake-i18n';

let messages: { type: string; data: unknown }[];
beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en');
  messages = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
    type: string;
    data: unknown;
  }) => {
    messages.push(m);
    return { ok: true, result: null };
  }) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const on: Site = { origin: 'https://a.example', addedAt: Date.UTC(2026, 11, 1, 12), access: 'granted' };
const off: Site = { origin: 'http://b.example', addedAt: Date.UTC(2026, 10, 3, 12), access: 'removed' };

test('each site with when it was added; a removed permission is a note with "Turn on again"', () => {
  const { getAllByRole, getByRole, queryByRole } = render(<YourSites sites={[on, off]} />);
  const rows = getAllByRole('listitem').map((li) => li.textContent);
  expect(rows[0]).toMatch(/^a\.example added /);
  expect(rows[0]).not.toContain('Permission removed');
  expect(rows[1]).toContain('http://b.example');
  expect(rows[1]).toContain('Permission removed in your browser');
  expect(queryByRole('button', { name: 'Turn on again: a.example' })).toBeNull();
  expect(getByRole('button', { name: 'Turn on again: http://b.example' })).toBeTruthy();
});

test('Remove asks the background to remove that site (which also gives the permission back)', () => {
  const { getByRole } = render(<YourSites sites={[on, off]} />);
  fireEvent.click(getByRole('button', { name: 'Remove: a.example' }));
  expect(messages).toEqual([{ ns: 'needle-safe', type: 'removeSite', data: 'https://a.example' }]);
});

test('an empty list says how to add a site; nothing while loading', () => {
  expect(render(<YourSites sites={[]} />).container.textContent).toContain('None yet.');
  cleanup();
  expect(render(<YourSites sites={undefined} />).container.querySelector('ul, .muted.small')).toBeNull();
});
