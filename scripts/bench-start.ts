/**
 * The engine's start in a fresh process (issue 13 item 4, issue 9 item 7): what a stopped service worker pays
 * before its first verdict, without the browser. The engine is bundled once with esbuild (as WXT bundles it
 * into background.js: no TypeScript loader in the timing), then each of RUNS fresh `node` processes times
 *   import: evaluating the bundle (the modules, harmless.json, the rules);
 *   first: the first analysis of a real-looking list of known names (the vocabulary is built here);
 *   typo:  then a first list with a misspelt name (the typo tables a known-name list never needs);
 *   fuzzy: then a first list with a name two edits away, which reaches fuse.js (its indexes, the fuzzy tables).
 * Prints the median and range of each, in ms.
 * Run: npm run bench (part of it), or npx tsx scripts/bench-start.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 20;

/** The child: one fresh process, one timing of each step (the lists are fixed, so runs compare). */
const CHILD = `
const t0 = performance.now();
const { analyze } = await import('./engine.mjs');
const t1 = performance.now();
const a = analyze('Aqua (Water), Glycerin, Butylene Glycol, Niacinamide, Retinal, Tocopherol, Phenoxyethanol, ' +
  'Citric Acid, Sodium Hyaluronate, Xanthan Gum, Parfum');
const t2 = performance.now();
const b = analyze('Water, Glycerin, Squalane, Glycolic Aicd, Sodium Hydroxide, Caprylyl Glycol');
const t3 = performance.now();
const c = analyze('Aqua, Glycerin, Gylcolc Acid, Dimethicone, Ethylhexylglycerin');
const t4 = performance.now();
const found = [a, b, c].map((r) => r.findings.map((f) => f.canonical).join('+')).join(' | ');
console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1, typo: t3 - t2, fuzzy: t4 - t3, found }));
`;

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

const dir = mkdtempSync(join(tmpdir(), 'needle-safe-bench-start-'));
try {
  await build({
    entryPoints: [join(ROOT, 'src/ingredients/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    outfile: join(dir, 'engine.mjs'),
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  const runs: Record<'import' | 'first' | 'typo' | 'fuzzy', number>[] = [];
  let found = '';
  for (let i = 0; i < RUNS; i++) {
    const out = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'child.mjs')], { encoding: 'utf8' }),
    ) as (typeof runs)[number] & { found: string };
    found = out.found;
    runs.push(out);
  }
  console.log(`engine start in a fresh process, median of ${RUNS} (ms); found: ${found}`);
  for (const k of ['import', 'first', 'typo', 'fuzzy'] as const) {
    const xs = runs.map((r) => r[k]);
    console.log(
      `  ${k.padEnd(6)} ${round(median(xs))} (min ${round(Math.min(...xs))}, max ${round(Math.max(...xs))})`,
    );
  }
  const total = runs.map((r) => r.import + r.first);
  console.log(`  import + first analysis ${round(median(total))}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
