/**
 * Conventions of src/shops, enforced (one file per shop, one sorted registry, fixtures, evidence, size).
 * The layout: every .ts file directly in src/shops/ is a shop, except index.ts (the registry) and types.ts;
 * shared code lives in two folders, read/ (the readers every shop falls back on) and platforms/ (code shared
 * by the shops of one e-commerce platform). Failure messages say what to change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopForHost, shopMatchPatterns, shops } from '../../../src/shops';

const SRC = join(import.meta.dirname, '../../../src/shops');
const FIXTURES = join(import.meta.dirname, '../../fixtures/shops');
const NOT_SHOPS = new Set(['index.ts', 'types.ts']);
const HELPER_DIRS = ['read', 'platforms'];

const top = readdirSync(SRC, { withFileTypes: true });
const shopFiles = top
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !NOT_SHOPS.has(e.name))
  .map((e) => e.name);
const helperFiles = HELPER_DIRS.flatMap((d) =>
  readdirSync(join(SRC, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f}`),
);
/** Every source file, as a path relative to src/shops. */
const files = [...top.filter((e) => e.isFile()).map((e) => e.name), ...helperFiles];
const read = (f: string) => readFileSync(join(SRC, f), 'utf8');
/** Relative imports of a file, resolved to paths relative to src/shops (without extension). */
const importsOf = (f: string) =>
  [...read(f).matchAll(/from '([^']+)'/g)].map((m) => ({
    spec: m[1]!,
    target: m[1]!.startsWith('.') ? relative(SRC, resolve(SRC, dirname(f), m[1]!)) : null,
  }));

describe('src/shops layout', () => {
  it.each(top.map((e) => [e.name, e.isDirectory()] as const))('src/shops/%s belongs here', (name, isDir) => {
    if (isDir) {
      expect(
        HELPER_DIRS,
        `src/shops/${name}/ is not part of the layout: readers shared by every shop go in src/shops/read/, ` +
          'code shared by the shops of one platform in src/shops/platforms/, and a shop is one file in src/shops/',
      ).toContain(name);
    } else {
      expect(
        name,
        `src/shops/${name}: only .ts files (shops, index.ts, types.ts) live in src/shops/`,
      ).toMatch(/\.ts$/);
    }
  });

  it.each(helperFiles)('%s is a helper, not a shop', (f) => {
    expect(
      read(f),
      `src/shops/${f} declares a ShopReader: a shop is one file directly in src/shops/, registered in index.ts`,
    ).not.toMatch(/:\s*ShopReader\b/);
  });

  it.each(helperFiles.filter((f) => f.startsWith('platforms/')))('%s is shared by several shops', (f) => {
    const users = shopFiles.filter((s) => importsOf(s).some((i) => i.target === f.replace(/\.ts$/, '')));
    expect(
      users.length,
      `src/shops/${f} is used by ${users.join(', ') || 'no shop'}: platforms/ is for code several shops share; ` +
        "move code used by one shop into that shop's file",
    ).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s imports only within src/shops, and shops never import each other', (f) => {
    const shopIds = new Set(shopFiles.map((s) => s.replace(/\.ts$/, '')));
    for (const { spec, target } of importsOf(f)) {
      expect(
        spec,
        `src/shops/${f} imports '${spec}': shop code is self-contained (relative imports only)`,
      ).toMatch(/^\.\.?\//);
      expect(target, `src/shops/${f} imports '${spec}', outside src/shops`).not.toMatch(/^\.\./);
      if (f === 'index.ts') continue;
      expect(
        shopIds.has(target!),
        `src/shops/${f} imports the shop file '${spec}': move the shared code to src/shops/platforms/ ` +
          '(several shops of one platform) or src/shops/read/ (every shop)',
      ).toBe(false);
      if (f.startsWith('read/')) {
        expect(
          target,
          `src/shops/${f} imports '${spec}': read/ is the generic layer and uses only read/ and types.ts`,
        ).toMatch(/^(read\/|types$)/);
      }
    }
  });
});

describe('shop registry', () => {
  it('registers every shop file, under an id equal to its file name', () => {
    const ids = shops.map((s) => s.id);
    for (const f of shopFiles) {
      expect(
        ids,
        `src/shops/${f} is not in the registry: add its reader to \`shops\` in src/shops/index.ts (sorted by id); ` +
          'if it is shared code, not a shop, move it to src/shops/read/ or src/shops/platforms/',
      ).toContain(f.replace(/\.ts$/, ''));
    }
    for (const s of shops) {
      expect(
        shopFiles,
        `shop '${s.id}' needs its own file src/shops/${s.id}.ts (the id is the file name)`,
      ).toContain(`${s.id}.ts`);
    }
  });

  it('exports each shop from its own file', () => {
    for (const s of shops) {
      const src = read(`${s.id}.ts`);
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
      expect(read(`${s.id}.ts`), s.id).toMatch(/\/\*[\s\S]*\*\//);
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
  it.each(files)('%s imports nothing heavy and never touches the global document', (f) => {
    const src = read(f);
    expect(src).not.toMatch(/from ['"][^'"]*(fuse|ingredients)/);
    // Code only (comments removed): no global document/window, no HTML sinks.
    const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|location)\./);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
  });

  it('keeps the source small (it ends up in the content scripts)', () => {
    const total = files.reduce((n, f) => n + read(f).length, 0);
    // 60,000 until read/panels.ts (2026-12), which only the on-demand scan.js bundles; the always-injected
    // shop.js keeps its own 12 kB budget, measured on the build (tests/e2e/extension.test.ts)
    expect(total).toBeLessThan(61_000);
  });

  it('writes no machine paths', () => {
    for (const f of files) expect(read(f), f).not.toMatch(/\/(work|home|tmp|Users)\//);
  });
});
