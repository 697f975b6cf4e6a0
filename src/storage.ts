/**
 * Every storage key of the extension, declared once. Settings sync across the user's browsers; the session
 * log stays on this device; per-tab results live in storage.session (the service worker may sleep at any
 * time, so nothing is kept in worker globals).
 */
import { storage } from '#imports';
import type { Analysis, ProductContext } from './ingredients/types';
import { addSession } from './recovery/schedule';
import type { Session } from './recovery/types';
import {
  defaultSettings,
  repairSessions,
  repairSettings,
  SESSIONS_VERSION,
  SETTINGS_VERSION,
  settingsMigrations,
  type Settings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const sessionsItem = storage.defineItem<Session[]>('local:sessions', {
  fallback: [],
  version: SESSIONS_VERSION,
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

/** Logs a session at `at` with the current needle length ("Log a session now", or a past time). */
export async function logSession(at: number, now = Date.now()): Promise<Session[]> {
  const [settings, sessions] = await Promise.all([loadSettings(now), loadSessions(now)]);
  const next = addSession(sessions, { at, needleMm: settings.needleMm });
  await sessionsItem.setValue(next);
  return next;
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
