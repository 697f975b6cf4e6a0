/**
 * Decides whether a tab's page gets marks (issue 13) and puts them there or takes them away: the marks code
 * (entrypoints/marks.content.ts) is injected only into a tab whose stored result has something to mark, with
 * marks switched on. Runs in the tab's queue (./tabs.ts), after the badge, from what is stored then.
 */
import { browser } from '#imports';
import { marksPlan } from '../marks/plan';
import { HIGHLIGHT_NAME_SHAPE, type MarksApplied, type MarksControl } from '../marks/page';
import type { MarkLevel } from '../marks/plan';
import { verdict } from '../recovery';
import { loadMarksPref, tabResultItem } from '../storage';
import { makeupWait } from '../ui/plan/makeup';
import { loadRecovery, onTab, toolbarButton } from './tabs';

/**
 * The highlight colours, inserted once per document with scripting.insertCSS (see src/marks/page.ts for why
 * not a page stylesheet). Translucent backgrounds keep the shop's own text colour readable on light and dark
 * shops; the underline (wavy: hold, dotted: caution) says which is which without colour (WCAG 1.4.1).
 */
export const marksCss = (names: Record<MarkLevel, string>): string => `
::highlight(${names.hold}) { background-color: rgba(229, 57, 53, 0.28); text-decoration: underline wavy #c62828; }
::highlight(${names.caution}) { background-color: rgba(255, 179, 0, 0.32); text-decoration: underline dotted #9a5b00; }
`;

type MarksGlobal = { __needleSafeMarks?: MarksControl };

/** Names as highlightNames() draws them (the answer comes back from the page's isolated world). */
const validNames = (n: unknown): n is Record<MarkLevel, string> =>
  typeof n === 'object' &&
  n !== null &&
  [(n as Record<string, unknown>).hold, (n as Record<string, unknown>).caution].every(
    (x) => typeof x === 'string' && HIGHLIGHT_NAME_SHAPE.test(x),
  );

async function clearTab(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => (globalThis as MarksGlobal).__needleSafeMarks?.clear(),
    });
  } catch {
    // Never marked, closed, or not ours to script: nothing to take away.
  }
}

/** Marks the tab's page from its stored result, or removes the marks when there is nothing (or marks are off). */
export function markTab(tabId: number, now = Date.now()): Promise<MarksApplied | null> {
  return onTab(tabId, async () => {
    const [pref, result] = await Promise.all([loadMarksPref(), tabResultItem(tabId).getValue()]);
    const analysis = pref.on ? result?.analysis : null;
    let plan = null;
    if (analysis && result) {
      const { recovery } = await loadRecovery(now);
      // the makeup window as the badge counts it (./tabs.ts): the sessions with the pending one as rolled
      const makeup = makeupWait(result.product?.kinds, recovery.sessions, now);
      plan = marksPlan(
        result.url,
        analysis,
        verdict(analysis.findings, recovery, now),
        now,
        undefined,
        makeup,
      );
    }
    if (!plan) {
      await clearTab(tabId);
      return null;
    }
    const target = { tabId, frameIds: [0] };
    try {
      await browser.scripting.executeScript({ target, files: ['/content-scripts/marks.js'] });
      const [res] = await browser.scripting.executeScript({
        target,
        func: (p: typeof plan) => (globalThis as MarksGlobal).__needleSafeMarks?.apply(p) ?? null,
        args: [plan],
      });
      const applied = (res?.result ?? null) as MarksApplied | null;
      // the names come from the page's marks code (random per document): only names of that shape go in CSS
      if (applied?.first && validNames(applied.names))
        await browser.scripting.insertCSS({ target, css: marksCss(applied.names) });
      return applied;
    } catch {
      // The tab closed or navigated away meanwhile; its next result marks it again.
      return null;
    }
  });
}

/** Every tab with a result, again (settings, sessions or the marks switch changed; a window ended). */
export async function remarkAll(now = Date.now()): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (t) => {
      if (t.id !== undefined && (await tabResultItem(t.id).getValue())) await markTab(t.id, now);
    }),
  );
}

/** The chip asked for the popup: open it where the browser allows (Chrome 127+), else say no. */
export async function openPopupFor(): Promise<boolean> {
  try {
    await (toolbarButton() as { openPopup?: () => Promise<void> }).openPopup?.();
    return typeof (toolbarButton() as { openPopup?: unknown }).openPopup === 'function';
  } catch {
    // Firefox only opens it from a user action in the extension's own pages.
    return false;
  }
}
