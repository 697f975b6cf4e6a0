/**
 * The shape of everything the user sets, and the pure code that keeps it valid: defaults, field-by-field
 * repair of stored values, migrations between versions, and the export/import file format.
 * No `browser` here: src/storage.ts binds these to storage items.
 */
import { CATEGORY_IDS, type CategoryId } from './ingredients/categories';
import {
  MAX_INSTANT,
  MAX_INTERVAL_DAYS,
  MAX_NEEDLE_MM,
  MAX_OVERRIDE_HOURS,
  MAX_SESSIONS,
  MAX_SKIPPED,
  MIN_INSTANT,
  MIN_NEEDLE_MM,
  TIME_OF_DAY,
} from './recovery/limits';
import { TIER_IDS } from './recovery/windows';
import { MAX_SHELF_EXPORT_CHARS } from './shelf/limits';
import type { Overrides, RecoverySettings, Schedule, Session, TierId } from './recovery/types';

export interface Settings extends Schedule {
  overrides: Overrides;
  /** Browser notifications before a rolling night and when a window ends. */
  reminders: boolean;
  /** The pre-session checklist before "Log a session now" (clean roller and hands, no broken skin). */
  checklist: boolean;
}

export const SETTINGS_VERSION = 2;
export const SESSIONS_VERSION = 1;

export function toRecovery(settings: Settings, sessions: Session[]): RecoverySettings {
  const { overrides, needleMm, plan, time, since } = settings;
  return {
    schedule: { needleMm, plan, time, ...(since === undefined ? {} : { since }) },
    sessions,
    overrides,
  };
}

export function defaultSettings(): Settings {
  return {
    needleMm: 0.5,
    plan: { kind: 'none' },
    time: '20:00',
    overrides: {},
    reminders: false,
    checklist: true,
  };
}

/**
 * What a repair did, as a code the pages word in the user's language (src/ui/repair-text.ts): a field name
 * (`needleMm`, `plan`, `time`, `reminders`, `checklist`, `since`), `overrides`, `override:<tier>/<category>`,
 * `settings:not-an-object`, `sessions:not-a-list`, `sessions:invalid:<n>`, `sessions:over-cap:<n>`,
 * `skipped:invalid:<n>`. Codes, not sentences: the same repair is shown on the options page and in an import
 * error, in English or German.
 */
export type RepairCode = string;

export interface Repaired<T> {
  value: T;
  /** The repairs made (empty when the stored value was fine). */
  repaired: RepairCode[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Every stored instant is bounded: out of range, Intl throws RangeError and a page goes blank (issue 12). */
export const isInstant = (v: unknown): v is number =>
  isFiniteNumber(v) && v >= MIN_INSTANT && v <= MAX_INSTANT;

export function isValidNeedle(v: unknown): v is number {
  return isFiniteNumber(v) && v >= MIN_NEEDLE_MM && v <= MAX_NEEDLE_MM;
}

function validPlan(v: unknown): Schedule['plan'] | null {
  if (!isObject(v)) return null;
  if (v.kind === 'none') return { kind: 'none' };
  if (v.kind === 'weekdays' && Array.isArray(v.days)) {
    const days = v.days.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6);
    if (days.length !== v.days.length) return null;
    return { kind: 'weekdays', days: [...new Set(days)].sort((a, b) => a - b) };
  }
  if (
    v.kind === 'interval' &&
    Number.isInteger(v.everyDays) &&
    (v.everyDays as number) >= 1 &&
    (v.everyDays as number) <= MAX_INTERVAL_DAYS &&
    isInstant(v.anchor)
  ) {
    return { kind: 'interval', everyDays: v.everyDays as number, anchor: v.anchor };
  }
  return null;
}

function validHours(v: unknown): v is number {
  return isFiniteNumber(v) && v >= 0 && v <= MAX_OVERRIDE_HOURS;
}

/** Keeps each valid override; drops only the broken ones. Returns the names of what it dropped. */
function repairOverrides(v: unknown): Repaired<Overrides> {
  const out: Overrides = {};
  const repaired: string[] = [];
  if (v === undefined) return { value: out, repaired };
  if (!isObject(v)) return { value: out, repaired: ['overrides'] };
  for (const [tier, perCategory] of Object.entries(v)) {
    if (!TIER_IDS.includes(tier as TierId) || !isObject(perCategory)) {
      repaired.push(`override:${tier}`);
      continue;
    }
    for (const [category, o] of Object.entries(perCategory)) {
      const ok =
        CATEGORY_IDS.includes(category as CategoryId) &&
        isObject(o) &&
        validHours(o.hold) &&
        (o.before === undefined || validHours(o.before));
      if (!ok) {
        repaired.push(`override:${tier}/${category}`);
        continue;
      }
      const tierOut = (out[tier as TierId] ??= {});
      tierOut[category as CategoryId] =
        o.before === undefined
          ? { hold: o.hold as number }
          : { hold: o.hold as number, before: o.before as number };
    }
  }
  return { value: out, repaired };
}

/**
 * Field-by-field repair: a corrupt or out-of-range field falls back to its default and is named in
 * `repaired`; every other field is kept as stored (never a reset of everything).
 */
export function repairSettings(raw: unknown): Repaired<Settings> {
  const d = defaultSettings();
  if (raw === null || raw === undefined) return { value: d, repaired: [] };
  if (!isObject(raw)) return { value: d, repaired: ['settings:not-an-object'] };
  const repaired: RepairCode[] = [];
  const pick = <T>(name: keyof Settings, ok: boolean, value: T, fallback: T): T => {
    if (ok) return value;
    if (raw[name] !== undefined) repaired.push(name);
    return fallback;
  };
  const plan = validPlan(raw.plan);
  const overrides = repairOverrides(raw.overrides);
  repaired.push(...overrides.repaired);
  const value: Settings = {
    needleMm: pick('needleMm', isValidNeedle(raw.needleMm), raw.needleMm as number, d.needleMm),
    plan: pick('plan', plan !== null, plan as Schedule['plan'], d.plan),
    time: pick(
      'time',
      typeof raw.time === 'string' && TIME_OF_DAY.test(raw.time),
      raw.time as string,
      d.time,
    ),
    overrides: overrides.value,
    reminders: pick('reminders', typeof raw.reminders === 'boolean', raw.reminders as boolean, d.reminders),
    checklist: pick('checklist', typeof raw.checklist === 'boolean', raw.checklist as boolean, d.checklist),
  };
  // Optional: a bad one is dropped (every planned session may then be asked about), never kept out of range.
  const since = pick<number | undefined>('since', isInstant(raw.since), raw.since as number, undefined);
  if (since !== undefined) value.since = since;
  // A missing field (older or partial value) is filled from defaults silently: nothing was lost.
  return { value, repaired };
}

/**
 * Keeps every valid session (sorted, de-duplicated, the newest MAX_SESSIONS) and says what it dropped: how
 * many were invalid, and how many valid ones were over the cap (issue 12: 49,500 of 50,000 went silently).
 */
export function repairSessions(raw: unknown): Repaired<Session[]> {
  if (raw === null || raw === undefined) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['sessions:not-a-list'] };
  const seen = new Set<number>();
  const value: Session[] = [];
  let dropped = 0;
  for (const s of raw) {
    if (isObject(s) && isInstant(s.at) && isValidNeedle(s.needleMm) && !seen.has(s.at)) {
      seen.add(s.at);
      value.push({ at: s.at, needleMm: s.needleMm });
    } else dropped++;
  }
  value.sort((a, b) => a.at - b.at);
  const repaired: RepairCode[] = [];
  if (dropped) repaired.push(`sessions:invalid:${dropped}`);
  const overCap = value.length - MAX_SESSIONS;
  if (overCap > 0) repaired.push(`sessions:over-cap:${overCap}`);
  return { value: overCap > 0 ? value.slice(overCap) : value, repaired };
}

/**
 * The answered "No, I did not roll" planned sessions (epoch millis): valid instants only, sorted,
 * de-duplicated, the newest MAX_SKIPPED.
 */
export function repairSkipped(raw: unknown): Repaired<number[]> {
  if (raw === null || raw === undefined) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['skipped:invalid:1'] };
  const ok = [...new Set(raw.filter(isInstant))].sort((a, b) => a - b);
  const dropped = raw.length - raw.filter(isInstant).length;
  return { value: ok.slice(-MAX_SKIPPED), repaired: dropped ? [`skipped:invalid:${dropped}`] : [] };
}

/**
 * Migrations, keyed by the version they produce (the @wxt-dev/storage convention).
 * v1 (first draft) kept overrides per category for every depth: `{ retinoid: { hold: 96 } }`.
 * v2 keys them by depth tier, so a v1 override is copied to every tier.
 */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isObject(old)) return old;
    // Already v2 (tier keys): @wxt-dev/storage reads a missing `settings$` version marker as v1 (its
    // `meta?.v ?? 1`), e.g. when sync delivered the value without its marker, and ran this again, which
    // copied the tiers into every tier and dropped every override (issue 12). Tier ids are never category
    // ids, so a value with only tier keys is unambiguous.
    if (isObject(old.overrides) && isTierKeyed(old.overrides)) return old;
    const { overrides, ...rest } = old;
    if (!isObject(overrides)) return { ...rest, overrides: {} };
    const perTier: Record<string, unknown> = {};
    for (const tier of TIER_IDS) perTier[tier] = { ...overrides };
    return { ...rest, overrides: perTier };
  },
};

function isTierKeyed(overrides: Record<string, unknown>): boolean {
  const keys = Object.keys(overrides);
  return keys.length > 0 && keys.every((k) => TIER_IDS.includes(k as TierId));
}

// ---- Export / import ----------------------------------------------------------------------------------

export const EXPORT_FORMAT = 'needle-safe-settings';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  sessions: Session[];
}

export function makeExport(settings: Settings, sessions: Session[], now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    sessions,
  };
}

/** Why an import was refused; the options page words each one (src/ui/repair-text.ts). */
export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-an-export' }
  | { code: 'unsupported-version'; version: string }
  | { code: 'invalid-values'; problems: RepairCode[] };

export type ImportResult =
  { ok: true; settings: Settings; sessions: Session[] } | { ok: false; error: ImportError };

/**
 * Larger than any real export, refused before JSON.parse: the settings and 500 sessions are about 25 kB
 * (1,000,000 leaves room), and a full shelf adds at most MAX_SHELF_EXPORT_CHARS (src/shelf/limits.ts).
 */
export const MAX_IMPORT_CHARS = 1_000_000 + MAX_SHELF_EXPORT_CHARS;

/** Strict: an import is all or nothing, and a bad file says what is wrong. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: { code: 'not-an-export' } };
  }
  if (
    !Number.isInteger(data.version) ||
    (data.version as number) < 1 ||
    (data.version as number) > SETTINGS_VERSION
  ) {
    return { ok: false, error: { code: 'unsupported-version', version: String(data.version).slice(0, 20) } };
  }
  let settingsRaw = data.settings;
  for (let v = (data.version as number) + 1; v <= SETTINGS_VERSION; v++) {
    settingsRaw = settingsMigrations[v]?.(settingsRaw) ?? settingsRaw;
  }
  const settings = repairSettings(settingsRaw);
  const sessions = repairSessions(data.sessions);
  const problems = [...settings.repaired, ...sessions.repaired];
  if (!isObject(settingsRaw)) problems.push('settings:missing');
  if (problems.length) return { ok: false, error: { code: 'invalid-values', problems } };
  return { ok: true, settings: settings.value, sessions: sessions.value };
}
