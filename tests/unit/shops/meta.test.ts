/** Conventions of src/shops, enforced (one file per shop, one sorted registry, fixtures, evidence, size). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopForHost, shopMatchPatterns, shops } from '../../../src/shops';

const SRC = join(import.meta.dirname, '../../../src/shops');
const FIXTURES = join(import.meta.dirname, '../../fixtures/shops');
const HELPERS = new Set(['index.ts', 'types.ts', 'generic.ts']);
const shopFiles = readdirSync(SRC).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));

describe('shop registry', () => {
  it('registers every shop file, under an id equal to its file name', () => {
    expect(shops.map((s) => `${s.id}.ts`).sort()).toEqual(shopFiles.sort());
  });

  it('exports each shop from its own file', () => {
    for (const s of shops) {
      const src = readFileSync(join(SRC, `${s.id}.ts`), 'utf8');
      expect(src, s.id).toContain(`id: '${s.id}'`);
    }
  });

  it('is sorted by id, with unique ids', () => {
    const ids = shops.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses kebab-case ids', () => {
    for (const s of shops) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has exact, lower-case, unique hosts', () => {
    const all = shops.flatMap((s) => s.hosts);
    expect(new Set(all).size).toBe(all.length);
    for (const h of all) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    for (const s of shops) expect(s.hosts.length, s.id).toBeGreaterThan(0);
  });

  it('derives match patterns and finds shops by host', () => {
    expect(shopMatchPatterns()).toContain('https://www.sephora.com/*');
    expect(shopMatchPatterns().length).toBe(shops.flatMap((s) => s.hosts).length);
    expect(shopForHost('WWW.SEPHORA.COM')?.id).toBe('sephora');
    expect(shopForHost('example.org')).toBeNull();
  });

  it('states the evidence of every shop, in the field and in a comment', () => {
    for (const s of shops) {
      expect(s.evidence.source.length, s.id).toBeGreaterThan(10);
      expect(typeof s.evidence.verified).toBe('boolean');
      expect(readFileSync(join(SRC, `${s.id}.ts`), 'utf8'), s.id).toMatch(/\/\*[\s\S]*\*\//);
    }
  });

  it('has a fixture folder for every shop, and only verified shops claim verification', () => {
    const folders = readdirSync(FIXTURES);
    for (const s of shops) {
      expect(folders, s.id).toContain(s.id);
      const metas = readdirSync(join(FIXTURES, s.id))
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(FIXTURES, s.id, f), 'utf8')) as { verified: boolean });
      expect(metas.length, s.id).toBeGreaterThan(0);
      // A shop is verified exactly when at least one of its fixtures is a real saved page.
      expect(
        metas.some((m) => m.verified),
        s.id,
      ).toBe(s.evidence.verified);
    }
    for (const f of folders) if (!f.startsWith('_')) expect(shops.map((s) => s.id)).toContain(f);
  });
});

describe('src/shops stays small and DOM-only', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports nothing heavy and never touches the global document', (f) => {
    const src = readFileSync(join(SRC, f), 'utf8');
    expect(src).not.toMatch(/from ['"][^'"]*(fuse|ingredients)/);
    for (const m of src.matchAll(/from '([^']+)'/g)) expect(m[1], f).toMatch(/^\.\//);
    // Code only (comments removed): no global document/window, no HTML sinks.
    const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|location)\./);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
  });

  it('keeps the source small (it ends up in the content script)', () => {
    const total = files.reduce((n, f) => n + readFileSync(join(SRC, f), 'utf8').length, 0);
    expect(total).toBeLessThan(60_000);
  });

  it('writes no machine paths', () => {
    for (const f of files)
      expect(readFileSync(join(SRC, f), 'utf8')).not.toMatch(/\/(work|home|tmp|Users)\//);
  });
});
