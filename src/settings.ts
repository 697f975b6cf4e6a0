/**
 * The shape of everything the user sets, and the pure code that keeps it valid: defaults, field-by-field
 * repair of stored values, migrations between versions, and the export/import file format.
 * No `browser` here: src/storage.ts binds these to storage items.
 */
import { CATEGORY_IDS, type CategoryId } from './ingredients/categories';
import {
  MAX_INTERVAL_DAYS,
  MAX_NEEDLE_MM,
  MAX_OVERRIDE_HOURS,
  MAX_SESSIONS,
  MIN_NEEDLE_MM,
  TIME_OF_DAY,
} from './recovery/limits';
import { TIER_IDS } from './recovery/windows';
import type { Overrides, RecoverySettings, Schedule, Session, TierId } from './recovery/types';

export interface Settings extends Schedule {
  overrides: Overrides;
  /** Browser notifications before a rolling night and when a window ends. */
  reminders: boolean;
}

export const SETTINGS_VERSION = 2;
export const SESSIONS_VERSION = 1;

export function toRecovery(settings: Settings, sessions: Session[]): RecoverySettings {
  const { overrides, needleMm, plan, time } = settings;
  return { schedule: { needleMm, plan, time }, sessions, overrides };
}

export function defaultSettings(): Settings {
  return {
    needleMm: 0.5,
    plan: { kind: 'none' },
    time: '20:00',
    overrides: {},
    reminders: false,
  };
}

export interface Repaired<T> {
  value: T;
  /** Human-readable names of the fields that were repaired (empty when the stored value was fine). */
  repaired: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

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
    isFiniteNumber(v.anchor)
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
  if (!isObject(v)) return { value: out, repaired: ['window overrides'] };
  for (const [tier, perCategory] of Object.entries(v)) {
    if (!TIER_IDS.includes(tier as TierId) || !isObject(perCategory)) {
      repaired.push(`window overrides (${tier})`);
      continue;
    }
    for (const [category, o] of Object.entries(perCategory)) {
      const ok =
        CATEGORY_IDS.includes(category as CategoryId) &&
        isObject(o) &&
        validHours(o.hold) &&
        (o.before === undefined || validHours(o.before));
      if (!ok) {
        repaired.push(`window override ${tier}/${category}`);
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

/** How a repaired field is named to the user (options page, import errors). */
const FIELD_LABELS: Record<string, string> = {
  needleMm: 'needle length',
  plan: 'planned sessions',
  time: 'usual time',
  reminders: 'reminders',
};

/**
 * Field-by-field repair: a corrupt or out-of-range field falls back to its default and is named in
 * `repaired`; every other field is kept as stored (never a reset of everything).
 */
export function repairSettings(raw: unknown): Repaired<Settings> {
  const d = defaultSettings();
  if (raw === null || raw === undefined) return { value: d, repaired: [] };
  if (!isObject(raw)) return { value: d, repaired: ['settings (not an object)'] };
  const repaired: string[] = [];
  const pick = <T>(name: string, ok: boolean, value: T, fallback: T): T => {
    if (ok) return value;
    if (raw[name] !== undefined) repaired.push(FIELD_LABELS[name] ?? name);
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
  };
  // A missing field (older or partial value) is filled from defaults silently: nothing was lost.
  return { value, repaired };
}

/** Keeps every valid session (sorted, de-duplicated, newest MAX_SESSIONS); names what it dropped. */
export function repairSessions(raw: unknown): Repaired<Session[]> {
  if (raw === null || raw === undefined) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['session log (not a list)'] };
  const seen = new Set<number>();
  const value: Session[] = [];
  let dropped = 0;
  for (const s of raw) {
    if (isObject(s) && isFiniteNumber(s.at) && s.at > 0 && isValidNeedle(s.needleMm) && !seen.has(s.at)) {
      seen.add(s.at);
      value.push({ at: s.at, needleMm: s.needleMm });
    } else dropped++;
  }
  value.sort((a, b) => a.at - b.at);
  const repaired = dropped
    ? [`session log (${dropped} invalid ${dropped === 1 ? 'entry' : 'entries'} removed)`]
    : [];
  return { value: value.slice(-MAX_SESSIONS), repaired };
}

/**
 * Migrations, keyed by the version they produce (the @wxt-dev/storage convention).
 * v1 (first draft) kept overrides per category for every depth: `{ retinoid: { hold: 96 } }`.
 * v2 keys them by depth tier, so a v1 override is copied to every tier.
 */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!isObject(old)) return old;
    const { overrides, ...rest } = old;
    if (!isObject(overrides)) return { ...rest, overrides: {} };
    const perTier: Record<string, unknown> = {};
    for (const tier of TIER_IDS) perTier[tier] = { ...overrides };
    return { ...rest, overrides: perTier };
  },
};

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

export type ImportResult =
  { ok: true; settings: Settings; sessions: Session[] } | { ok: false; error: string };

/** Strict: an import is all or nothing, and a bad file says what is wrong in plain words. */
export function parseImport(text: string): ImportResult {
  if (text.length > 1_000_000) return { ok: false, error: 'This file is too large to be a settings export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Needle Safe settings export, so nothing was imported.' };
  }
  if (
    !Number.isInteger(data.version) ||
    (data.version as number) < 1 ||
    (data.version as number) > SETTINGS_VERSION
  ) {
    return { ok: false, error: `Unsupported export version ${String(data.version)}; nothing was imported.` };
  }
  let settingsRaw = data.settings;
  for (let v = (data.version as number) + 1; v <= SETTINGS_VERSION; v++) {
    settingsRaw = settingsMigrations[v]?.(settingsRaw) ?? settingsRaw;
  }
  const settings = repairSettings(settingsRaw);
  const sessions = repairSessions(data.sessions);
  const problems = [...settings.repaired, ...sessions.repaired];
  if (!isObject(settingsRaw)) problems.push('settings missing');
  if (problems.length) {
    return {
      ok: false,
      error: `The file has invalid values (${problems.join(', ')}); nothing was imported.`,
    };
  }
  return { ok: true, settings: settings.value, sessions: sessions.value };
}
