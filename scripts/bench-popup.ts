/**
 * Popup first contentful paint in real headless Chromium. popup.html is opened 20 times as a tab for a routed
 * product page that already has its result; the median, p90, min and max of `first-contentful-paint` (ms from
 * navigation start) are printed, with what the page loads before that paint (popup.html's scripts, module
 * preloads and stylesheets: the static import graph; the engine is a dynamic import, loaded on use).
 *
 * Given two or more built extension folders (say a build of main and this one), it loads them all in one
 * browser and interleaves their opens, so a busy machine slows every build alike and the comparison holds.
 * Run: npm run bench (last), or npx tsx scripts/bench-popup.ts [extension-dir ...]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 20;
const DIRS = (process.argv.length > 2 ? process.argv.slice(2) : [join(ROOT, '.output/chrome-mv3')]).map((d) =>
  resolve(d),
);
const PRODUCT_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
const PRODUCT_HTML = readFileSync(join(ROOT, 'tests/e2e/shop-pages/sephora-retinal-serum.html'), 'utf8');

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Files popup.html makes the browser fetch before it can paint, with their sizes. */
function staticGraph(dir: string): { file: string; kB: number }[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/([^"]+)"/g)].map((m) => m[1]!);
  return refs.map((file) => ({ file, kB: Math.round(statSync(join(dir, file)).size / 102.4) / 10 }));
}

async function main(): Promise<void> {
  for (const d of DIRS) if (!existsSync(join(d, 'manifest.json'))) throw new Error(`No build at ${d}`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'needle-safe-bench-popup-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 380, height: 600 },
    args: [
      `--disable-extensions-except=${DIRS.join(',')}`,
      `--load-extension=${DIRS.join(',')}`,
      ...CHROMIUM_ARGS,
    ],
  });
  try {
    await context.route(/^(https?|wss?):\/\//, (route) =>
      route.request().url().startsWith(PRODUCT_URL)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PRODUCT_HTML })
        : route.fulfill({ status: 404, body: '' }),
    );
    while (context.serviceWorkers().length < DIRS.length) await context.waitForEvent('serviceworker');
    // Which id is which folder: the popup.html each serves names its own hashed chunks.
    const builds = await Promise.all(
      context.serviceWorkers().map(async (worker) => {
        const id = worker.url().split('/')[2]!;
        const served = await worker.evaluate(async () => (await fetch('/popup.html')).text());
        const dir = DIRS.find((d) => readFileSync(join(d, 'popup.html'), 'utf8').trim() === served.trim());
        if (!dir) throw new Error(`extension ${id} matches no folder`);
        return { id, dir, worker, samples: [] as number[], tabId: 0 };
      }),
    );
    const shop = await context.newPage();
    await shop.goto(PRODUCT_URL);
    for (const b of builds) {
      b.tabId = await b.worker.evaluate(async (url) => {
        for (let i = 0; i < 100; i++) {
          const [tab] = await chrome.tabs.query({ url: `${url}*` });
          const key = `tab-${tab?.id}`;
          if (tab?.id !== undefined && (await chrome.storage.session.get(key))[key]) return tab.id;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the product page never reported');
      }, PRODUCT_URL);
    }
    // One warm-up round, not counted: the first extension page of a profile also pays for its process.
    for (let i = 0; i <= RUNS; i++) {
      for (const b of builds) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${b.id}/popup.html?tab=${b.tabId}`);
        const fcp = await page.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          null,
          { polling: 20 },
        );
        if (i > 0) b.samples.push((await fcp.jsonValue()) as number);
        await page.close();
      }
    }
    const f = (n: number) => n.toFixed(1);
    for (const b of builds) {
      const s = b.samples.sort((x, y) => x - y);
      console.log(`popup first contentful paint, ${RUNS} opens, ${relative(ROOT, b.dir) || b.dir}:`);
      console.log(
        `  median ${f(quantile(s, 0.5))} ms, p90 ${f(quantile(s, 0.9))} ms, min ${f(s[0]!)} ms, max ${f(s.at(-1)!)} ms`,
      );
      const graph = staticGraph(b.dir);
      const total = graph.reduce((n, g) => n + g.kB, 0);
      console.log(
        `  loaded before first paint (${f(total)} kB): ${graph.map((g) => `${g.file} ${g.kB} kB`).join(', ')}`,
      );
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
