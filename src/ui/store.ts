/**
 * The one writable storage hook of the extension pages: the user's settings, session log and repair notes,
 * read once and then followed (a change from this page, another open page, the background or browser sync
 * re-renders), plus the typed updates the views call. Views never touch storage items; what a change means
 * (a patch keeps the other fields, an edited window keeps its other hour, an import is all or nothing) is
 * written here once.
 *
 * Every update starts from the stored value, not from the copy a page rendered: with two pages open, a change
 * made on one page is never undone by an edit of another field on the other.
 */
import { browser } from '#imports';
import { effectiveWindow, removeSession, resetOverride, setOverride } from '../recovery';
import type { CategoryId } from '../ingredients/types';
import type { Session, TierId } from '../recovery/types';
import {
  parseImport,
  repairSessions,
  repairSettings,
  repairSkipped,
  type ImportResult,
  type Settings,
} from '../settings';
import {
  loadSessions,
  loadSettings,
  loadSkipped,
  logSession,
  repairsItem,
  sessionsItem,
  settingsItem,
  skippedItem,
  skipPlanned,
  type LogResult,
  type RepairNote,
} from '../storage';
import { loadShelf, shelfItem } from '../storage';
import {
  addToShelf,
  parseShelfSection,
  removeProduct,
  renameProduct,
  repairShelf,
  setMakeup,
  type AddResult,
} from '../shelf/repair';
import type { ShelfDraft, ShelfProduct } from '../shelf/types';
import { useStored } from './hooks';

/** The fields of the schedule form; overrides and reminders have their own updates. */
export type SchedulePatch = Partial<Pick<Settings, 'needleMm' | 'plan' | 'time'>>;

export interface Updates {
  /** Changes some schedule fields and keeps every other setting as stored. */
  patchSettings(patch: SchedulePatch): Promise<void>;
  /**
   * Switches reminders on or off. Notifications are an optional permission, asked for only when reminders are
   * switched on; the request is made before anything is awaited, so it runs inside the user's click.
   */
  setReminders(on: boolean): Promise<void>;
  /** Sets the hours of one recovery window; the hour not given keeps its current (default or edited) value. */
  setWindow(tier: TierId, category: CategoryId, hours: { hold?: number; before?: number }): Promise<void>;
  /** Puts one recovery window back to its default. */
  resetWindow(tier: TierId, category: CategoryId): Promise<void>;
  /** Logs a session at `at` (needle: the settings' unless given), or refuses and says why. */
  logSession(at: number, needleMm?: number): Promise<LogResult>;
  /** "No, I did not roll" to the planned session at `at`. */
  skipPlanned(at: number): Promise<void>;
  /** Switches the pre-session checklist on or off. */
  setChecklist(on: boolean): Promise<void>;
  deleteSession(at: number): Promise<void>;
  /** Replaces settings and sessions with an export file's, or changes nothing and says why. */
  importBackup(text: string): Promise<ImportResult>;
  dismissRepairs(): Promise<void>;
}

export interface Store {
  /** Undefined while loading (one storage read). */
  settings: Settings | undefined;
  sessions: Session[] | undefined;
  repairs: RepairNote[] | undefined;
  /** Planned sessions answered "No" (see skippedItem). */
  skipped: number[] | undefined;
  update: Updates;
}

// The background watches both items and repaints badges and re-arms alarms on every change.
const saveSettings = (next: Settings) => settingsItem.setValue(next);
const saveSessions = (next: Session[]) => sessionsItem.setValue(next);
const editSettings = async (edit: (s: Settings) => Settings) => saveSettings(edit(await loadSettings()));

const update: Updates = {
  // A new plan or time starts now: its slots before now were never planned, so never asked about.
  patchSettings: (patch) =>
    editSettings((s) => ({
      ...s,
      ...patch,
      ...(patch.plan || patch.time ? { since: Date.now() } : {}),
    })),
  setReminders: async (on) => {
    const granted = !on || (await browser.permissions.request({ permissions: ['notifications'] }));
    await editSettings((s) => ({ ...s, reminders: on && granted }));
  },
  setWindow: (tier, category, hours) =>
    editSettings((s) => {
      const w = effectiveWindow(category, tier, s.overrides);
      const override = { hold: hours.hold ?? w.hold, before: hours.before ?? w.before };
      return { ...s, overrides: setOverride(s.overrides, tier, category, override) };
    }),
  resetWindow: (tier, category) =>
    editSettings((s) => ({ ...s, overrides: resetOverride(s.overrides, tier, category) })),
  logSession: (at, needleMm) => logSession(at, needleMm),
  skipPlanned: (at) => skipPlanned(at),
  setChecklist: (on) => editSettings((s) => ({ ...s, checklist: on })),
  deleteSession: async (at) => saveSessions(removeSession(await loadSessions(), at)),
  importBackup: async (text) => {
    const parsed = parseImport(text);
    const shelf = parseShelfSection(text); // the shelf section (src/shelf/repair.ts): all or nothing too
    if (parsed.ok && !shelf.ok) return shelf;
    if (parsed.ok) {
      await saveSettings(parsed.settings);
      await saveSessions(parsed.sessions);
      if (shelf.ok && shelf.shelf) await shelfItem.setValue(shelf.shelf);
    }
    return parsed;
  },
  dismissRepairs: () => repairsItem.setValue([]),
};

/** Settings as stored, repaired field by field (a repair on load is also saved and reported). */
const useSettings = (): Settings | undefined =>
  useStored(settingsItem, loadSettings, (v) => repairSettings(v).value);

/** The session log as stored, without invalid entries. */
const useSessions = (): Session[] | undefined =>
  useStored(sessionsItem, loadSessions, (v) => repairSessions(v).value);

const useSkipped = (): number[] | undefined =>
  useStored(skippedItem, loadSkipped, (v) => repairSkipped(v).value);

export function useStore(): Store {
  return {
    settings: useSettings(),
    sessions: useSessions(),
    repairs: useStored(repairsItem),
    skipped: useSkipped(),
    update,
  };
}

// ---- The shelf (issue 12) --------------------------------------------------------------------------------

export interface ShelfUpdates {
  /** Adds a product, or says why not (full, too long, empty, already there). */
  add(draft: ShelfDraft): Promise<AddResult>;
  rename(id: string, name: string): Promise<void>;
  setMakeup(id: string, makeup: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

const editShelf = async (edit: (s: ShelfProduct[]) => ShelfProduct[]) =>
  shelfItem.setValue(edit(await loadShelf()));

export const shelfUpdates: ShelfUpdates = {
  add: async (draft) => {
    const r = addToShelf(await loadShelf(), draft, Date.now());
    if (r.ok) await shelfItem.setValue(r.shelf);
    return r;
  },
  rename: (id, name) => editShelf((s) => renameProduct(s, id, name)),
  setMakeup: (id, makeup) => editShelf((s) => setMakeup(s, id, makeup)),
  remove: (id) => editShelf((s) => removeProduct(s, id)),
};

/** The shelf as stored, repaired product by product; undefined while loading. */
export const useShelf = (): ShelfProduct[] | undefined =>
  useStored(shelfItem, loadShelf, (v) => repairShelf(v).value);
