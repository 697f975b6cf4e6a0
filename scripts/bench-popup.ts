/**
 * Popup first contentful paint in real headless Chromium, against the floor the browser imposes.
 *
 * popup.html is opened 20 times as a tab for a routed product page that already has its result; so is the
 * floor: the page of a second, minimal extension that is one <h1> and nothing else, what any extension page
 * costs before its own work (navigation, the extension renderer, the extension bindings). Every round opens
 * every build and the floor, in alternating order, so a busy machine slows all of them alike. Printed per
 * build, in ms from navigation start, median of 20:
 * - first contentful paint (`first-contentful-paint`), and its ratio to the floor's;
 * - the load event: Chrome shows the toolbar popup only then (docs/sources.md#chrome-popup-shown-at-load),
 *   so it is when a real popup appears;
 * - the verdict's heading in the DOM: when the product's answer is there to paint.
 * and what the page loads before its first paint and before its load event (files, kB).
 *
 * Given two or more built extension folders (say a build of main and this one), it loads them all in one
 * browser and interleaves them, so the comparison holds. Run: npm run bench (last), or
 * npx tsx scripts/bench-popup.ts [extension-dir ...]. Where the time goes: scripts/trace-popup.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';
import { reportedTabId } from './lib/reported-tab';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 20;
const DIRS = (process.argv.length > 2 ? process.argv.slice(2) : [join(ROOT, '.output/chrome-mv3')]).map((d) =>
  resolve(d),
);
const PRODUCT_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
const PRODUCT_HTML = readFileSync(join(ROOT, 'tests/e2e/shop-pages/sephora-retinal-serum.html'), 'utf8');

/** The floor: an extension page with one heading, no stylesheet, no script. */
const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
  '<body><h1>Needle Safe</h1></body></html>';

function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'needle-safe-floor-'));
  // A service worker only so the floor's id is found the way the builds' are.
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '1',
    background: { service_worker: 'sw.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(join(dir, 'popup.html'), FLOOR_HTML);
  return dir;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((x, y) => x - y),
    0.5,
  );
const kB = (file: string) => Math.round(statSync(file).size / 102.4) / 10;

/**
 * What popup.html makes the browser fetch: before its first paint, the page itself and any stylesheet it
 * links, plus its scripts and module preloads when its body has no text of its own (then the first content
 * is what the scripts render); before its load event, every script, module preload, stylesheet and image.
 */
function loadedFiles(dir: string): { beforePaint: [string, number][]; beforeLoad: [string, number][] } {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/<(link|script|img)\b[^>]*\s(?:src|href)="\/([^"]+)"/g)];
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  const ownText =
    body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .trim() !== '';
  const blocking = refs.filter((m) =>
    m[1] === 'link' && /rel="stylesheet"/.test(m[0]) ? true : !ownText && m[1] !== 'img',
  );
  const file = (f: string): [string, number] => [f, kB(join(dir, f))];
  return {
    beforePaint: [file('popup.html'), ...blocking.map((m) => file(m[2]!))],
    beforeLoad: [file('popup.html'), ...refs.map((m) => file(m[2]!))],
  };
}

interface Sample {
  fcp: number;
  load: number;
  heading: number;
}

// Runs in every page before its own scripts: the time the verdict's heading (Headline's h1.headline; the
// floor's only h1) enters the DOM.
const WATCH_HEADING = `(() => {
  const seen = () =>
    document.querySelector('h1.headline, body > h1') && (globalThis.__headingAt ??= performance.now());
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

async function main(): Promise<void> {
  for (const d of DIRS) if (!existsSync(join(d, 'manifest.json'))) throw new Error(`No build at ${d}`);
  const floorDir = floorExtension();
  const all = [...DIRS, floorDir];
  const userDataDir = mkdtempSync(join(tmpdir(), 'needle-safe-bench-popup-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 380, height: 600 },
    args: [
      `--disable-extensions-except=${all.join(',')}`,
      `--load-extension=${all.join(',')}`,
      ...CHROMIUM_ARGS,
    ],
  });
  try {
    await context.addInitScript(WATCH_HEADING);
    await context.route(/^(https?|wss?):\/\//, (route) =>
      route.request().url().startsWith(PRODUCT_URL)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PRODUCT_HTML })
        : route.fulfill({ status: 404, body: '' }),
    );
    while (context.serviceWorkers().length < all.length) await context.waitForEvent('serviceworker');
    // Which id is which folder: the popup.html each serves names its own hashed chunks.
    const builds = await Promise.all(
      context.serviceWorkers().map(async (worker) => {
        const id = worker.url().split('/')[2]!;
        const served = await worker.evaluate(async () => (await fetch('/popup.html')).text());
        const dir = all.find((d) => readFileSync(join(d, 'popup.html'), 'utf8').trim() === served.trim());
        if (!dir) throw new Error(`extension ${id} matches no folder`);
        return { id, dir, floor: dir === floorDir, worker, samples: [] as Sample[], query: '' };
      }),
    );
    const shop = await context.newPage();
    await shop.goto(PRODUCT_URL);
    for (const b of builds.filter((x) => !x.floor)) {
      const tabId = await b.worker.evaluate(reportedTabId, PRODUCT_URL);
      b.query = `?tab=${tabId}`;
    }
    // One warm-up round, not counted: the first extension page of a profile also pays for its process.
    for (let i = 0; i <= RUNS; i++) {
      for (const b of i % 2 ? [...builds].reverse() : builds) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${b.id}/popup.html${b.query}`);
        const sample = await page.waitForFunction(
          () => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            const nav = performance.getEntriesByType('navigation')[0] as
              PerformanceNavigationTiming | undefined;
            const heading = (globalThis as { __headingAt?: number }).__headingAt;
            return fcp && nav?.loadEventEnd && heading ? { fcp, load: nav.loadEventEnd, heading } : null;
          },
          null,
          { polling: 20 },
        );
        if (i > 0) b.samples.push((await sample.jsonValue()) as Sample);
        await page.close();
      }
    }
    const f = (n: number) => n.toFixed(1);
    const floor = builds.find((b) => b.floor)!;
    const floorFcp = median(floor.samples.map((s) => s.fcp));
    console.log(
      `floor (an extension page with one <h1>), ${RUNS} opens: first contentful paint median ${f(floorFcp)} ms, ` +
        `load event ${f(median(floor.samples.map((s) => s.load)))} ms`,
    );
    for (const b of builds.filter((x) => !x.floor)) {
      const s = b.samples.map((x) => x.fcp).sort((x, y) => x - y);
      console.log(`popup, ${RUNS} opens, ${relative(ROOT, b.dir) || b.dir}:`);
      console.log(
        `  first contentful paint median ${f(quantile(s, 0.5))} ms (${(quantile(s, 0.5) / floorFcp).toFixed(2)} x ` +
          `the floor), p90 ${f(quantile(s, 0.9))} ms, min ${f(s[0]!)} ms, max ${f(s.at(-1)!)} ms`,
      );
      console.log(
        `  load event (a real popup is shown) median ${f(median(b.samples.map((x) => x.load)))} ms; ` +
          `verdict heading in the DOM median ${f(median(b.samples.map((x) => x.heading)))} ms`,
      );
      const files = loadedFiles(b.dir);
      const list = (xs: [string, number][]) =>
        `${f(xs.reduce((n, [, k]) => n + k, 0))} kB: ${xs.map(([file, k]) => `${file} ${k} kB`).join(', ')}`;
      console.log(`  fetched before first paint (${list(files.beforePaint)})`);
      console.log(`  fetched before the load event (${list(files.beforeLoad)})`);
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

await main();
