/**
 * Extraction speed inside real Chromium: the shop readers (bundled as the content script bundles them) run on
 * the largest shop fixture, a 50,000-node page and a page with a 2 MB text node, each served at a shop URL.
 * Reports the median and p95 of repeated runs (ms) and whether the result stayed correct.
 * Run: npm run bench (after the engine benchmark) or npx tsx scripts/bench-extract.ts
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 30;
const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin';

interface Case {
  name: string;
  url: string;
  html: string;
  /** Expected list (whitespace-normalised), or null for "no list". */
  expected: string | null;
}

const norm = (t: string | null) => (t === null ? null : t.replace(/\s+/g, ' ').trim());

function fixtureCase(rel: string, html?: string, label?: string): Case {
  const meta = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/shops', rel), 'utf8')) as {
    url: string;
    text: string | null;
  };
  const page =
    html ?? readFileSync(join(ROOT, 'tests/fixtures/shops', rel.replace(/\.json$/, '.html')), 'utf8');
  return {
    name: `${label ?? rel} (${(page.length / 1024).toFixed(0)} kB)`,
    url: meta.url,
    html: page,
    expected: norm(meta.text),
  };
}

/** The full real saved pages when ../shared is present (the largest is 1 MB); else the largest trimmed fixture. */
function pageCases(): Case[] {
  const saved = resolve(ROOT, '../shared/data/pages');
  const index = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/saved-pages.json'), 'utf8')) as {
    pages: { saved: string; fixture: string }[];
  };
  if (existsSync(saved)) {
    return index.pages.map((p) =>
      fixtureCase(p.fixture, readFileSync(join(saved, p.saved), 'utf8'), `saved ${p.saved}`),
    );
  }
  const dir = join(ROOT, 'tests/fixtures/shops');
  let best: { rel: string; size: number } | null = null;
  for (const shop of readdirSync(dir)) {
    if (!statSync(join(dir, shop)).isDirectory()) continue;
    for (const f of readdirSync(join(dir, shop))) {
      if (!f.endsWith('.html')) continue;
      const size = statSync(join(dir, shop, f)).size;
      if (!best || size > best.size) best = { rel: `${shop}/${f.replace(/\.html$/, '.json')}`, size };
    }
  }
  if (!best) throw new Error('no shop fixtures found');
  return [fixtureCase(best.rel, undefined, `largest fixture ${best.rel}`)];
}

function bigDomPage(nodes: number): string {
  const filler: string[] = [];
  for (let i = 0; i < nodes / 2; i++) filler.push(`<div class="c${i % 50}"><span>Item ${i}</span></div>`);
  return `<!doctype html><html><head><title>Big page</title></head><body>${filler.join('')}
<section><h2>Ingredients</h2><p>${LIST}</p></section></body></html>`;
}

function bigTextPage(bytes: number): string {
  const word = 'lorem ipsum dolor sit amet ';
  return `<!doctype html><html><head><title>Big text</title></head><body><p>${word.repeat(Math.ceil(bytes / word.length))}</p>
<section><h2>Ingredients</h2><p>${LIST}</p></section></body></html>`;
}

async function main() {
  const bundle = await build({
    entryPoints: [join(ROOT, 'src/shops/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'NeedleSafeShops',
    minify: true,
    write: false,
  });
  const code = bundle.outputFiles[0]!.text;
  const cases: Case[] = [
    ...pageCases(),
    {
      name: '50,000-node page',
      url: 'https://www.sephora.com/product/big-dom-P1',
      html: bigDomPage(50_000),
      expected: LIST,
    },
    {
      name: '2 MB text node',
      url: 'https://www.sephora.com/product/big-text-P2',
      html: bigTextPage(2_000_000),
      expected: LIST,
    },
  ];
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // Page scripts off: the DOM is the HTML as served, as in the fixtures' expectations. (The 2020 Sephora pages'
  // own scripts would otherwise consume the per-SKU JSON, and the reader then reads the visible SKU's tab.)
  const page = await browser.newPage({ javaScriptEnabled: false });
  const rows: {
    case: string;
    medianMs: number;
    p95Ms: number;
    found: boolean;
    correct: boolean;
    textLength: number;
  }[] = [];
  let current = '';
  await page.route('**/*', (r) =>
    r.request().url() === current
      ? r.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: cases.find((c) => c.url === current)!.html,
        })
      : r.fulfill({ status: 404, body: '' }),
  );
  for (const c of cases) {
    current = c.url;
    await page.goto(c.url, { waitUntil: 'domcontentloaded' });
    const res = await page.evaluate(
      ([bundle, runs]) => {
        // Evaluated by the test driver, which runs even with page scripts off.
        const api = new Function(`${bundle}; return NeedleSafeShops;`)() as {
          extract: (d: Document, u: string) => { found: boolean; text: string | null };
        };
        const times: number[] = [];
        let last = api.extract(document, location.href);
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          last = api.extract(document, location.href);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return {
          median: times[Math.floor(times.length / 2)]!,
          p95: times[Math.floor(times.length * 0.95)]!,
          found: last.found,
          text: last.text ?? '',
        };
      },
      [code, RUNS] as const,
    );
    rows.push({
      case: c.name,
      medianMs: Number(res.median.toFixed(2)),
      p95Ms: Number(res.p95.toFixed(2)),
      found: res.found,
      correct: (res.found ? norm(res.text) : null) === c.expected,
      textLength: res.text.length,
    });
  }
  await browser.close();
  console.log(
    `\nShop-reader extraction in Chromium (${RUNS} runs each, bundle ${(code.length / 1024).toFixed(1)} kB minified)`,
  );
  console.table(rows);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/extract.json'),
    JSON.stringify({ at: new Date().toISOString(), bundleBytes: code.length, rows }, null, 2),
  );
  if (rows.some((r) => !r.correct)) {
    console.error('extraction gave a wrong result on at least one page');
    process.exitCode = 1;
  }
}

await main();
