/**
 * Every storage key of the extension, declared once. Settings sync across the user's browsers; the session
 * log stays on this device; per-tab results live in storage.session (the service worker may sleep at any
 * time, so nothing is kept in worker globals).
 */
import { storage } from '#imports';
import type { Analysis, ProductContext } from './ingredients/types';
import { logFrequencyWarning, type LogFrequencyWarning } from './recovery/frequency';
import { checkLog, type LogRefusal } from './recovery/pending';
import { addSession } from './recovery/schedule';
import type { Session } from './recovery/types';
import { repairSites, SITES_VERSION, type Site, type SiteRequest } from './sites';
import {
  defaultSettings,
  repairSessions,
  repairSettings,
  repairSkipped,
  SESSIONS_VERSION,
  SETTINGS_VERSION,
  settingsMigrations,
  type Settings,
} from './settings';
import { repairShelf, SHELF_VERSION, shelfMigrations } from './shelf/repair';
import type { ShelfProduct } from './shelf/types';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const sessionsItem = storage.defineItem<Session[]>('local:sessions', {
  fallback: [],
  version: SESSIONS_VERSION,
});

/**
 * Planned sessions the user answered "No, I did not roll" to (epoch millis of the planned time), so
 * "Did you roll?" is not asked again. Local like the session log it completes.
 */
export const skippedItem = storage.defineItem<number[]>('local:skipped-sessions', {
  fallback: [],
  version: 1,
});

export interface RepairNote {
  at: number;
  fields: string[];
}

/** What was repaired on its own, shown on the options page until dismissed. */
export const repairsItem = storage.defineItem<RepairNote[]>('local:repairs', { fallback: [] });

/** What the page of one tab gave: read by the popup, written by the background. */
export interface TabResult {
  url: string;
  title: string;
  shop: string | null;
  /** 'error' only if the engine threw (it is built not to); a page still being watched has no result yet. */
  state: 'found' | 'no-list' | 'error';
  productPage: boolean;
  via: string | null;
  text: string | null;
  analysis: Analysis | null;
  scannedAt: number;
  error?: string;
  /** The product the page is about; `product.name` is the popup's heading (never the raw <title>). */
  product?: ProductContext | null;
  /** The document and report number it came from (PageReport.doc/seq): no older report replaces it. */
  doc?: string;
  seq?: number;
}

/** A stored result still describes a tab at `url` when only the #fragment differs. */
export const samePage = (a: string, b: string): boolean => a.replace(/#.*$/, '') === b.replace(/#.*$/, '');

export const tabResultItem = (tabId: number) => storage.defineItem<TabResult>(`session:tab-${tabId}`);

/** The last "Check selected ingredients" from the context menu, shown by the popup. */
export interface SelectionCheck {
  text: string;
  pageUrl: string;
  analysis: Analysis;
  at: number;
}
export const selectionItem = storage.defineItem<SelectionCheck>('session:selection');

async function noteRepairs(fields: string[], now: number): Promise<void> {
  if (!fields.length) return;
  const notes = await repairsItem.getValue();
  await repairsItem.setValue([...notes, { at: now, fields }].slice(-20));
}

/** Reads settings, repairing a bad field on its own (and saying so) without touching the others. */
export async function loadSettings(now = Date.now()): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { value, repaired } = repairSettings(raw);
  if (repaired.length) {
    await settingsItem.setValue(value);
    await noteRepairs(repaired, now);
  }
  return value;
}

export async function loadSessions(now = Date.now()): Promise<Session[]> {
  const raw = await sessionsItem.getValue();
  const { value, repaired } = repairSessions(raw);
  if (repaired.length) {
    await sessionsItem.setValue(value);
    await noteRepairs(repaired, now);
  }
  return value;
}

export async function loadSkipped(now = Date.now()): Promise<number[]> {
  const raw = await skippedItem.getValue();
  const { value, repaired } = repairSkipped(raw);
  if (repaired.length) {
    await skippedItem.setValue(value);
    await noteRepairs(repaired, now);
  }
  return value;
}

export type LogResult =
  { ok: true; session: Session; warning: LogFrequencyWarning | null } | { ok: false; refused: LogRefusal };

/**
 * Logs a session at `at` ("Log a session now", a past time, "Yes" to "Did you roll?") with `needleMm`, by
 * default the settings' needle. Refused, with nothing written, in the future or within the same hour as a
 * logged session (checkLog); a session sooner than usual after the last one at that depth is logged, with a
 * warning to show.
 */
export async function logSession(at: number, needleMm?: number, now = Date.now()): Promise<LogResult> {
  const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
  const refused = checkLog(sessions, at, now);
  if (refused) return { ok: false, refused };
  const session = { at, needleMm: needleMm ?? settings.needleMm };
  await sessionsItem.setValue(addSession(sessions, session));
  return { ok: true, session, warning: logFrequencyWarning(sessions, session) };
}

/** Records "No, I did not roll" for the planned session at `at`. */
export async function skipPlanned(at: number, now = Date.now()): Promise<void> {
  const { value } = repairSkipped([...(await loadSkipped(now)), at]);
  await skippedItem.setValue(value);
}

// "Always check this site" (issue 13; src/sites.ts, src/background/sites.ts). The list is the source of truth
// for the content-script registration, re-derived from it on install, update and startup. It stays on this
// device: access is granted to this browser, not to the user's other browsers that settings sync to.
export const sitesItem = storage.defineItem<Site[]>('local:sites', { fallback: [], version: SITES_VERSION });

/** The click the browser has not answered yet; storage.session, as the worker may stop while the prompt is open. */
export const siteRequestItem = storage.defineItem<SiteRequest>('session:site-request');

/** Reads the site list, repairing a bad entry on its own (and saying so) without touching the others. */
export async function loadSites(now = Date.now()): Promise<Site[]> {
  const raw = await sitesItem.getValue();
  const { value, repaired } = repairSites(raw);
  if (repaired.length) {
    await sitesItem.setValue(value);
    await noteRepairs(repaired, now);
  }
  return value;
}

// ---- The shelf (issue 12): products the user owns, as text; findings are never stored ------------------

/** The shelf, on this device (its lists can reach megabytes: far over the sync quota). */
export const shelfItem = storage.defineItem<ShelfProduct[]>('local:shelf', {
  fallback: [],
  version: SHELF_VERSION,
  migrations: shelfMigrations,
});

/** Reads the shelf, repairing a bad product or field on its own (and saying so), keeping every other one. */
export async function loadShelf(now = Date.now()): Promise<ShelfProduct[]> {
  const { value, repaired } = repairShelf(await shelfItem.getValue());
  if (repaired.length) {
    await shelfItem.setValue(value);
    await noteRepairs(repaired, now);
  }
  return value;
}

// --- Marks on the page (issue 13) ---------------------------------------------------------------------
/** Whether flagged ingredients are marked on the shop's own list (src/background/marks.ts). */
export interface MarksPref {
  on: boolean;
}
export const MARKS_VERSION = 1;
export const marksPrefItem = storage.defineItem<MarksPref>('sync:marks', {
  fallback: { on: true },
  version: MARKS_VERSION,
});
/** A stored value that is not `{ on: boolean }` (an old or hand-edited sync value) is read as the default. */
export const repairMarksPref = (raw: unknown): MarksPref => ({
  on: typeof (raw as MarksPref | null)?.on === 'boolean' ? (raw as MarksPref).on : true,
});
export const loadMarksPref = async (): Promise<MarksPref> => repairMarksPref(await marksPrefItem.getValue());
