/**
 * Read-only hooks over storage items for the extension pages: read once, then follow every change (from this
 * page, another open page or the background), so two open pages never disagree. Writes go through the one
 * writable hook, useStore (./store.ts).
 *
 * The reads start in a layout effect, in the same task as the render that asks for them, not in a plain
 * effect: Preact runs effects only after the next animation frame (docs/sources.md#preact-effects-after-paint),
 * so each read, and each read that waits on another (the tab, then its result), would start a frame late.
 * Chrome shows the toolbar popup at the page's load event (docs/sources.md#chrome-popup-shown-at-load); the
 * earlier the values arrive, the likelier its first visible frame has the verdict instead of "Loading"
 * (scripts/bench-popup.ts measures both).
 */
import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { tabResultItem, type TabResult } from '../storage';

export function useStored<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  load: () => Promise<T> = () => item.getValue(),
  repair: (raw: T) => T = (raw) => raw,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    let live = true;
    load().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => live && setValue(repair(v)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/**
 * What the background stored for a tab: undefined while the tab is not known yet (or loading), null when there
 * is no tab or no result yet; follows the result as the page reports again.
 */
export function useTabResult(tabId: number | null | undefined): TabResult | null | undefined {
  const [result, setResult] = useState<TabResult | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return setResult(null);
    const item = tabResultItem(tabId);
    let live = true;
    item.getValue().then((v) => live && setResult(v));
    const unwatch = item.watch((v) => live && setResult(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);
  return tabId === undefined ? undefined : result;
}

/**
 * The current time, read at every render (a session logged a moment ago must count as past), plus a
 * re-render every `ms` so "hold until" verdicts move on while a page stays open.
 */
export function useNow(ms = 30_000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(id);
  }, [ms]);
  return Date.now();
}
