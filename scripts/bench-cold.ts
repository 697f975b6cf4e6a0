/**
 * The cold and warm path (issue 13): time from "list found" in the page (the shop content script sends its
 * report) to "badge set" (the background answers, which it does after setBadgeText resolved:
 * src/background/tabs.ts storeReport), in real headless Chromium, median of 20.
 * - warm: the service worker is running;
 * - cold: the worker is stopped first (DevTools protocol ServiceWorker.stopAllWorkers), so the report starts
 *   it: the browser loads and evaluates background.js, registers the listeners, then handles the message.
 * Each run makes the real content script report again: the page's list is replaced by a variant (as a shop
 * re-rendering does), the watch confirms it (CONFIRM_MS) and sends. The send is timed inside the content
 * script's isolated world by wrapping runtime.sendMessage there (through the DevTools protocol; the
 * extension itself carries no timing code).
 * Also printed: a fresh page load, navigation start -> badge set, cold and warm (the first report of a page:
 * light read, then the full readers injected on a shop with its own reader), and background.js evaluated
 * again in the running worker (part of what a cold start costs; the rest is the worker's thread and the
 * engine's first build, src/background/warm.ts).
 * Run: npm run bench (part of it), or npx tsx scripts/bench-cold.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.output/chrome-mv3');
const RUNS = 20;
const PAGES = {
  sephora: {
    url: 'https://www.sephora.com/product/advanced-retinol-us-P520381',
    html: readFileSync(join(ROOT, 'tests/e2e/shop-pages/sephora-retinal-serum.html'), 'utf8'),
  },
  boots: {
    url: 'https://www.boots.com/retinal-night-serum-10000001',
    html: readFileSync(join(ROOT, 'tests/e2e/shop-pages/boots-marks.html'), 'utf8'),
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The extension's isolated world in the page's top frame, as a DevTools execution context id. */
async function isolatedWorld(cdp: CDPSession, name: string): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 100; i++) {
    const c = contexts.find((x) => x.auxData?.type === 'isolated' && x.name === name);
    if (c) return c.id;
    await sleep(50);
  }
  throw new Error(`no isolated world named ${name}`);
}

async function evalIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', {
    contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: unknown };
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
  return r.result.value;
}

/** Wraps runtime.sendMessage in the content script's world; each report's send-to-answer time is kept. */
const WRAP = `(() => {
  if (globalThis.__benchTimes) return true;
  globalThis.__benchTimes = [];
  const rt = chrome.runtime, send = rt.sendMessage.bind(rt);
  rt.sendMessage = (m, ...rest) => {
    const t0 = performance.now();
    const p = send(m, ...rest);
    if (m && m.type === 'pageScanned') p.then((a) => globalThis.__benchTimes.push({ ms: performance.now() - t0, a: a && a.result }));
    return p;
  };
  return true;
})()`;

async function stopWorker(context: BrowserContext, cdp: CDPSession): Promise<void> {
  const w = context.serviceWorkers()[0];
  const closed = w ? new Promise<void>((r) => w.once('close', () => r())) : Promise.resolve();
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([closed, sleep(3000)]);
}

async function pathRuns(context: BrowserContext, page: Page, cold: boolean): Promise<number[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const world = await isolatedWorld(cdp, 'Needle Safe');
  await evalIn(cdp, world, WRAP);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) await stopWorker(context, cdp);
    const before = await evalIn<number>(cdp, world, 'globalThis.__benchTimes.length');
    // A re-render with the list changed (in the page's text and in its embedded JSON, which Sephora's own
    // reader reads first): drop one item in turn, so every run reports a new list.
    // (A string, not a function: tsx would add its __name helper, which the page does not have.)
    await page.evaluate(`(() => {
      const k = ${i};
      const drop = (text) => text.split(', ').filter((_, j) => j !== 2 + (k % 10)).join(', ');
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent || '').includes('Glycerin'));
      p.textContent = drop((p.dataset.full ??= p.textContent || ''));
      const json = document.getElementById('linkStore');
      if (json) json.textContent = drop((json.dataset.full ??= json.textContent || ''));
    })()`);
    for (let t = 0; t < 200; t++) {
      const n = await evalIn<number>(cdp, world, 'globalThis.__benchTimes.length');
      if (n > before) break;
      await sleep(25);
    }
    const last = await evalIn<{ ms: number; a: string } | null>(
      cdp,
      world,
      'globalThis.__benchTimes.at(-1) ?? null',
    );
    if (last?.a !== 'stored') throw new Error(`run ${i}: no stored report (${JSON.stringify(last)})`);
    times.push(last.ms);
  }
  await cdp.detach();
  return times;
}

/**
 * A fresh page load: navigation start -> badge set, with the worker stopped before the navigation (cold) or
 * running (warm). The badge is polled from the worker once the page's DOMContentLoaded fired, which is
 * after the navigation committed, where tabs.onUpdated has woken the worker already (src/background/warm.ts).
 */
async function loadRuns(context: BrowserContext, url: string, cold: boolean): Promise<number[]> {
  const origin = new URL(url).origin;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    if (cold) await stopWorker(context, cdp);
    const t0 = performance.now();
    await page.goto(`${url}?run=${i}`, { waitUntil: 'domcontentloaded' });
    let badge = '';
    while (!badge && performance.now() - t0 < 10_000) {
      const w = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      badge = await w
        .evaluate(async (o) => {
          const [tab] = await chrome.tabs.query({ url: `${o}/*` });
          return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
        }, origin)
        .catch(() => '');
      if (!badge) await sleep(5);
    }
    if (!badge) throw new Error(`run ${i}: no badge`);
    times.push(performance.now() - t0);
    await cdp.detach();
    await page.close();
  }
  return times;
}

/** The worker's own start: evaluating background.js again in the running worker, and its size. */
async function workerStart(w: Worker): Promise<{ evalMs: number; kB: number }> {
  const src = readFileSync(join(DIR, 'background.js'), 'utf8');
  const evalMs = await w.evaluate(async (code) => {
    // A fresh evaluation of the same file: the engine's modules, its vocabulary and WXT's setup. The second
    // definition's listeners are harmless for a bench (the browser is thrown away).
    const t0 = performance.now();
    (0, eval)(code);
    return performance.now() - t0;
  }, src);
  return { evalMs, kB: Math.round(src.length / 102.4) / 10 };
}

/** One browser per page (a fresh profile each), so one page's runs leave nothing behind for the next. */
async function withBrowser<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'needle-safe-bench-cold-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [`--disable-extensions-except=${DIR}`, `--load-extension=${DIR}`, ...CHROMIUM_ARGS],
  });
  try {
    await context.route(/^(https?|wss?):\/\//, (route) => {
      const hit = Object.values(PAGES).find((p) => route.request().url().startsWith(p.url));
      return hit
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hit.html })
        : route.fulfill({ status: 404, body: '' });
    });
    await worker(context);
    return await fn(context);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** A section whose browser went away (seen under heavy load) says so; the others still run. */
const section = (fn: (context: BrowserContext) => Promise<void>) =>
  withBrowser(fn).catch((e: unknown) =>
    console.log(`  (section failed: ${e instanceof Error ? e.message.split('\n')[0] : e})`),
  );

async function main(): Promise<void> {
  const line = (label: string, xs: number[]) =>
    `${label} ${round(median(xs))} (min ${round(Math.min(...xs))}, max ${round(Math.max(...xs))})`;
  console.log(`cold/warm path, median of ${RUNS} (ms)`);
  for (const [name, p] of Object.entries(PAGES).filter(
    ([n]) => !process.env.ONLY || n === process.env.ONLY,
  )) {
    await section(async (context) => {
      const page = await context.newPage();
      await page.goto(p.url);
      await sleep(1500);
      const warm = await pathRuns(context, page, false);
      const cold = await pathRuns(context, page, true);
      await page.close();
      console.log(
        `  ${name.padEnd(8)} list found -> badge set: ${line('warm', warm)}   ${line('cold', cold)}`,
      );
    });
    await section(async (context) => {
      const warm = await loadRuns(context, p.url, false);
      const cold = await loadRuns(context, p.url, true);
      console.log(
        `  ${name.padEnd(8)} page load -> badge set:  ${line('warm', warm)}   ${line('cold', cold)}`,
      );
    });
  }
  await withBrowser(async (context) => {
    const start = await workerStart(await worker(context));
    console.log(
      `  background.js ${start.kB} kB, evaluated again in the running worker in ${round(start.evalMs)} ms`,
    );
  });
}

await main();
