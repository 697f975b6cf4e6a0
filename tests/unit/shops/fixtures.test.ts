/**
 * One runner for every shop fixture (tests/fixtures/shops/<shop-id>/<slug>.html + <slug>.json): parse the page
 * with linkedom as if served at its real URL, run extract, compare with the expected output. Pages that carry
 * their lists in several places are also read by the generic extractor alone (at an unknown host) to check it
 * does not depend on the shop file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/shops';
import { norm } from './norm';

interface Expected {
  url: string;
  found: boolean;
  text: string | null;
  productPage?: boolean;
  /** Checked against a real saved page (true) or reconstructed from documented markup (false). */
  verified: boolean;
  note: string;
  /** Also expect this text from the generic extractor alone (page moved to an unknown host). */
  generic?: boolean;
}

const DIR = join(import.meta.dirname, '../../fixtures/shops');

const fixtures = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(DIR, d.name))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ folder: d.name, slug: f.replace(/\.html$/, ''), path: join(DIR, d.name, f) })),
  );

function load(path: string) {
  const html = readFileSync(path, 'utf8');
  const expected = JSON.parse(readFileSync(path.replace(/\.html$/, '.json'), 'utf8')) as Expected;
  return { html, expected };
}

describe('shop fixtures', () => {
  it('exist', () => expect(fixtures.length).toBeGreaterThan(20));

  it.each(fixtures.map((f) => [`${f.folder}/${f.slug}`, f.path] as const))('%s', (_name, path) => {
    const { html, expected } = load(path);
    expect(expected.note).toBeTruthy();
    expect(typeof expected.verified).toBe('boolean');
    const { document } = parseHTML(html);
    const before = document.toString();
    const r = extract(document, expected.url);
    expect(r.found).toBe(expected.found);
    expect(norm(r.text)).toBe(norm(expected.text));
    if (expected.productPage !== undefined) expect(r.productPage).toBe(expected.productPage);
    // The readers never change the page.
    expect(document.toString()).toBe(before);
    if (expected.generic) {
      const g = extract(
        parseHTML(html).document,
        expected.url.replace(/^https:\/\/[^/]+/, 'https://shop.example'),
      );
      expect(g.shop).toBeNull();
      expect(norm(g.text)).toBe(norm(expected.text));
    }
  });

  it('shop folders carry the shop id and the URL is on one of its hosts', async () => {
    const { shops } = await import('../../../src/shops');
    for (const f of fixtures) {
      if (f.folder.startsWith('_')) continue;
      const shop = shops.find((s) => s.id === f.folder);
      expect(shop, f.folder).toBeDefined();
      expect(shop!.hosts).toContain(new URL(load(f.path).expected.url).hostname);
    }
  });
});
