/**
 * The one hook extension pages use over storage items: read once, then follow every change (from this page,
 * another open page or the background), so two open pages never disagree.
 */
import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../recovery/types';
import { repairSessions, repairSettings, type Settings } from '../settings';
import { loadSessions, loadSettings, sessionsItem, settingsItem } from '../storage';

export function useStored<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  load: () => Promise<T> = () => item.getValue(),
  repair: (raw: T) => T = (raw) => raw,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
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

/** Settings as stored, repaired field by field (a repair on load is also saved and reported). */
export const useSettings = (): Settings | undefined =>
  useStored(settingsItem, loadSettings, (v) => repairSettings(v).value);

/** The session log as stored, without invalid entries. */
export const useSessions = (): Session[] | undefined =>
  useStored(sessionsItem, loadSessions, (v) => repairSessions(v).value);
