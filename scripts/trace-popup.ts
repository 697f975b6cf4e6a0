/**
 * Where the popup's first paint goes: Chromium traces (devtools.timeline, loading, v8) of popup.html opened
 * as a tab and as the real toolbar popup (action.openPopup), each against the floor page of
 * scripts/bench-popup.ts (an extension page with one <h1>), median of 10 traces per case. Phases, in ms on
 * the page's renderer main thread from navigation start:
 * - commit: navigation, the renderer, the document and its script contexts (extension bindings), up to the
 *   first HTML parse;
 * - parse, css, script (module compile + evaluate + microtasks: our code, i18n calls, the first render),
 *   style + layout, paint: the main thread's busy time in each, before the first contentful paint;
 * - frame: from the start of the frame that paints first to the paint's presentation (compositor, display);
 * - to load: the load event (when Chrome shows a real popup), and the script time up to it.
 * Plus, measured inside a page: one i18n.getMessage in a fresh page, and the storage reads the popup waits
 * on for its verdict (the tab, its stored result, settings, sessions).
 *
 * Run after a build: npx tsx scripts/trace-popup.ts [extension-dir] [runs]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';
import { reportedTabId } from './lib/reported-tab';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = resolve(process.argv[2] ?? join(ROOT, '.output/chrome-mv3'));
const RUNS = Number(process.argv[3] ?? 10);
const PRODUCT_URL = 'https://www.sephora.com/product/advanced-retinol-us-P520381';
const PRODUCT_HTML = readFileSync(join(ROOT, 'tests/e2e/shop-pages/sephora-retinal-serum.html'), 'utf8');
const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
  '<body><h1>Needle Safe</h1></body></html>';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'blink',
  'cc',
  'benchmark',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    beginData?: { url?: string };
    data?: { documentLoaderURL?: string; navigationId?: string };
  };
}

type Phases = Record<string, number>;

/** The phases of one navigation to a URL containing `page`, from its trace. */
function phases(events: TraceEvent[], page: string): Phases {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(page),
  );
  if (!nav) throw new Error(`no navigation to ${page} in the trace`);
  const id = nav.args!.data!.navigationId;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.args?.data?.navigationId === id);
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === nav.pid);
  if (!fcp) throw new Error(`no first contentful paint of ${page} in the trace`);
  const main = events.find(
    (e) => e.pid === nav.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const onMain = events
    .filter((e) => e.pid === nav.pid && e.tid === main?.tid && e.ph === 'X' && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts);
  const ms = (us: number) => us / 1000;
  // Busy time per kind, counting only outermost events of that kind (they nest: v8.compile in evaluate).
  const busy = (names: string[], until: number): number => {
    let total = 0;
    let end = 0;
    for (const e of onMain) {
      if (e.ts >= until || !names.includes(e.name) || e.ts < end) continue;
      const d = Math.min(e.dur ?? 0, until - e.ts);
      total += d;
      end = e.ts + d;
    }
    return ms(total);
  };
  const parse = onMain.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(page));
  const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts < fcp.ts);
  const script = ['v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks', 'FunctionCall', 'TimerFire'];
  return {
    commit: ms((parse?.ts ?? fcp.ts) - nav.ts),
    parse: busy(['ParseHTML'], fcp.ts),
    css: busy(['ParseAuthorStyleSheet'], fcp.ts),
    script: busy(script, fcp.ts),
    'style+layout': busy(['UpdateLayoutTree', 'Layout', 'LocalFrameView::layout'], fcp.ts),
    paint: busy(['Paint', 'PrePaint', 'Commit'], fcp.ts),
    frame: frames.length ? ms(fcp.ts - frames.at(-1)!.ts) : NaN,
    fcp: ms(fcp.ts - nav.ts),
    load: load ? ms(load.ts - nav.ts) : NaN,
    'script to load': load ? busy(script, load.ts) : NaN,
  };
}

async function trace(session: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  await action();
  await new Promise((r) => setTimeout(r, 200)); // let the renderer's last events reach the trace
  const complete = new Promise<{ stream?: string }>((r) => session.once('Tracing.tracingComplete', r));
  await session.send('Tracing.end');
  const { stream } = await complete;
  let data = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream! });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(data) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const floorDir = mkdtempSync(join(tmpdir(), 'needle-safe-floor-'));
  writeFileSync(
    join(floorDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      background: { service_worker: 'sw.js' },
      action: { default_popup: 'floor.html' },
    }),
  );
  writeFileSync(join(floorDir, 'sw.js'), '');
  writeFileSync(join(floorDir, 'floor.html'), FLOOR_HTML);
  const browser: Browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: [DIR, floorDir],
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 380, height: 600 },
  });
  try {
    const workers = await Promise.all(
      [DIR, floorDir].map(async (_d, i) => {
        const t = await browser.waitForTarget(
          (x) => x.type() === 'service_worker' && x.url().endsWith(i ? '/sw.js' : '/background.js'),
        );
        return { id: t.url().split('/')[2]!, worker: (await t.worker())! };
      }),
    );
    const [ours, floor] = workers as [(typeof workers)[0], (typeof workers)[0]];
    const shop = await browser.newPage();
    await shop.setRequestInterception(true);
    shop.on('request', (r) =>
      r.url().startsWith(PRODUCT_URL)
        ? r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: PRODUCT_HTML })
        : r.respond({ status: 404, body: '' }),
    );
    await shop.goto(PRODUCT_URL);
    const tabId = await ours.worker.evaluate(reportedTabId, PRODUCT_URL);
    const session = await browser.target().createCDPSession();
    const cases = {
      'popup.html as a tab': { url: `chrome-extension://${ours.id}/popup.html?tab=${tabId}`, popup: false },
      'floor as a tab': { url: `chrome-extension://${floor.id}/floor.html`, popup: false },
      'popup.html as the toolbar popup': { url: `chrome-extension://${ours.id}/popup.html`, popup: true },
      'floor as the toolbar popup': { url: `chrome-extension://${floor.id}/floor.html`, popup: true },
    };
    const results: Record<string, Phases[]> = {};
    for (let i = 0; i <= RUNS; i++) {
      for (const [name, c] of Object.entries(cases)) {
        const page = c.url.split('/').pop()!.split('?')[0]!;
        let opened: Awaited<ReturnType<typeof browser.newPage>> | null = null;
        const events = await trace(session, async () => {
          if (c.popup) {
            await shop.bringToFront();
            const w = c.url.includes(ours.id) ? ours.worker : floor.worker;
            await w.evaluate(() => chrome.action.openPopup());
            const target = await browser.waitForTarget((t) => t.url().startsWith(c.url));
            opened = await target.asPage();
          } else {
            opened = await browser.newPage();
            await opened.goto(c.url);
          }
          await opened.waitForFunction(
            () =>
              performance.getEntriesByName('first-contentful-paint').length > 0 &&
              (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd > 0,
            { polling: 20 },
          );
        });
        await opened!.close();
        if (i === 0) continue; // round 0 warms up
        try {
          (results[name] ??= []).push(phases(events, page));
        } catch (e) {
          throw new Error(`${name}, round ${i}: ${(e as Error).message}`);
        }
      }
    }
    console.log(`median of ${RUNS} traces each, ms from navigation start (${DIR}):`);
    const keys = Object.keys(Object.values(results)[0]![0]!);
    const w = (k: string) => Math.max(k.length, 6) + 2;
    console.log(['case'.padEnd(32), ...keys.map((k) => k.padStart(w(k)))].join(''));
    for (const [name, runs] of Object.entries(results)) {
      const row = keys.map((k) =>
        median(runs.map((r) => r[k]!))
          .toFixed(1)
          .padStart(w(k)),
      );
      console.log([name.padEnd(32), ...row].join(''));
    }

    // Inside a fresh page: the first i18n.getMessage (before the page's own scripts: the renderer fetches
    // the catalogue then), and the reads the verdict waits on, the way the popup makes them.
    const probes: { i18n: number; reads: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await browser.newPage();
      await p.evaluateOnNewDocument(() => {
        const t0 = performance.now();
        chrome.i18n.getMessage('popup_loading');
        (globalThis as { __i18n?: number }).__i18n = performance.now() - t0;
      });
      await p.goto(`chrome-extension://${ours.id}/popup.html?tab=${tabId}`);
      probes.push(
        await p.evaluate(async (id) => {
          const t0 = performance.now();
          await chrome.tabs.get(id);
          await Promise.all([
            chrome.storage.session.get(`tab-${id}`),
            chrome.storage.sync.get('settings'),
            chrome.storage.local.get('sessions'),
          ]);
          return { i18n: (globalThis as { __i18n?: number }).__i18n ?? NaN, reads: performance.now() - t0 };
        }, tabId),
      );
      await p.close();
    }
    console.log(
      `in the page: the first i18n.getMessage ${median(probes.map((p) => p.i18n)).toFixed(2)} ms; tabs.get ` +
        `then the three storage reads ${median(probes.map((p) => p.reads)).toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

await main();
