// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { shops } from '../../../../src/shops';
import { shopsByName, SupportedShops } from '../../../../src/ui/options/shops';
import { useCatalogue } from '../fake-i18n';

beforeEach(() => useCatalogue('en'));
afterEach(cleanup);

test('lists every registered shop, once, with its hosts', () => {
  const { container } = render(<SupportedShops shops={shops} />);
  const items = [...container.querySelectorAll('li')];
  expect(items).toHaveLength(shops.length);
  for (const shop of shops) {
    const item = items.find((li) => li.querySelector('strong')?.textContent === shop.name);
    expect(item, shop.id).toBeDefined();
    for (const host of shop.hosts) expect(item!.textContent).toContain(host);
  }
});

test('sorted by name for reading, whatever the registry order', () => {
  const names = shopsByName(shops, 'en').map((s) => s.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  expect(shopsByName([...shops].reverse(), 'en')).toEqual(shopsByName(shops, 'en'));
});
