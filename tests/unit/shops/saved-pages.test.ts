/**
 * The full real saved pages (not the trimmed fixtures) must give exactly the fixture's expected list. The pages
 * are third-party and live in ../shared, which a clone may not have: then this suite is skipped, and the
 * trimmed fixtures (tests/unit/shops/fixtures.test.ts) still run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/shops';
import { norm } from './norm';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/shops');
const SAVED = resolve(import.meta.dirname, '../../../../shared/data/pages');
const index = JSON.parse(readFileSync(join(FIXTURES, '../saved-pages.json'), 'utf8')) as {
  pages: { saved: string; fixture: string }[];
};

describe.skipIf(!existsSync(SAVED))('full real saved pages (../shared)', () => {
  it.each(index.pages.map((p) => [p.saved, p] as const))('%s', (_name, p) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, p.fixture), 'utf8')) as {
      url: string;
      found: boolean;
      text: string | null;
    };
    const { document } = parseHTML(readFileSync(join(SAVED, p.saved), 'utf8'));
    const r = extract(document as unknown as Document, expected.url);
    expect(r.found).toBe(expected.found);
    expect(norm(r.text)).toBe(norm(expected.text));
  });
});
