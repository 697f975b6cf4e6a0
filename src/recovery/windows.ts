import { CATEGORY_IDS, type CategoryId } from '../ingredients/categories';
import { MAX_OVERRIDE_HOURS } from './limits';
import type { EffectiveWindow, Overrides, TierId, WindowDefault, WindowOverride } from './types';

export const TIER_IDS: readonly TierId[] = ['shallow', 'medium', 'deep', 'very-deep'];

const CLINIC = 'Clinic aftercare sheets';
const QA = 'Dermatologist Q&A';
const KALLURI = 'Kalluri et al., AAPS J 2011;13:473';
const SASAKI = 'Sasaki, Aesthet Surg J Open Forum 2019';
const MICROPORE = 'Micropore lifetime pilot (PMC8259462)';
const SOLTANI = 'Soltani-Arabshahi et al., JAMA Dermatol 2014';
const FRIEDMANN = 'Friedmann et al., Dermatol Surg 2024';

type Row = Record<TierId, WindowDefault>;

function w(min: number, typical: number, max: number, before: number, sources: string[], note?: string) {
  return note === undefined
    ? { min, typical, max, before, sources }
    : { min, typical, max, before, sources, note };
}

/*
 * How the numbers were chosen (docs/sources.md#default-window-table):
 * - typical = the per-tier hold of that table: up to 0.3 mm 24 h (actives, drying alcohol, fragrance); 0.5 mm
 *   72 h actives, 24 h fragrance and chemical filters; 0.75-1.0 mm 5 days actives, 48 h chemical filters; 1.5
 *   mm+ 7 days actives, 72 h makeup, alcohol toners 14 days (max).
 * - max = the table's "prefer to wait" (48 h / 5 days / 7 days) or the category's longest published figure.
 * - min = the shortest figure that applies at that depth: channel closure about 12 h at 370 um (Kalluri,
 *   docs/sources.md#microchannel-closure-kalluri-2011) for the shallow tier; 48 h (shortest clinic figure;
 *   water loss still raised at 48 h, docs/sources.md#tewl-after-microneedling-sasaki-2019) for 0.5 mm; 72 h
 *   (acids' 3-5 days; micropores closed after 58-63 h, docs/sources.md#micropore-lifetime-pilot) for 0.75-1.0
 *   mm; the tier above's typical for 1.5 mm+.
 * - before: "stop retinoids, acids and exfoliants 48 h to 7 days before"
 *   (docs/sources.md#aftercare-clinic-sheets). We use the shortest, 48 h, up to 1.0 mm (home rolling there is
 *   weekly or more often) and the longest, 7 days, for 1.5 mm+ (every 3-6 weeks, the depth the clinic sheets
 *   are written for; docs/sources.md#rolling-frequency-by-needle). Other categories: no pre-session pause.
 */

const RETINOID: Row = {
  shallow: w(12, 24, 48, 48, [CLINIC, KALLURI]),
  medium: w(48, 72, 120, 48, [CLINIC, SASAKI]),
  deep: w(72, 120, 168, 48, [CLINIC, MICROPORE]),
  'very-deep': w(
    120,
    168,
    336,
    168,
    [CLINIC, SASAKI],
    'Prescription retinoids (tretinoin, adapalene, tazarotene): 10 days.',
  ),
};

/** Acid exfoliants: AHA, BHA, PHA. */
const ACID: Row = {
  shallow: w(12, 24, 48, 48, [CLINIC, KALLURI]),
  medium: w(48, 72, 120, 48, [CLINIC, SASAKI]),
  deep: w(72, 120, 168, 48, [CLINIC, MICROPORE]),
  'very-deep': w(120, 168, 168, 168, [CLINIC, SASAKI]),
};

function inferred(row: Row, reason: string): Row {
  const out = {} as Row;
  for (const tier of TIER_IDS)
    out[tier] = { ...row[tier], sources: [...row[tier].sources, `Our inference: ${reason}`] };
  return out;
}

/** Vitamin C, benzoyl peroxide, hydroquinone: held like acids after a session, no pre-session pause. */
function noBefore(row: Row, extra: string[] = []): Row {
  const out = {} as Row;
  for (const tier of TIER_IDS)
    out[tier] = { ...row[tier], before: 0, sources: [...row[tier].sources, ...extra] };
  return out;
}

const DRYING_ALCOHOL: Row = {
  shallow: w(12, 24, 72, 0, [CLINIC, KALLURI]),
  medium: w(48, 72, 120, 0, [CLINIC]),
  deep: w(72, 120, 240, 0, [CLINIC]),
  'very-deep': w(120, 168, 336, 0, [CLINIC], 'Alcohol-based toners: up to 14 days.'),
};

const FRAGRANCE: Row = {
  shallow: w(12, 24, 48, 0, [CLINIC, KALLURI]),
  medium: w(24, 24, 72, 0, [CLINIC, QA]),
  deep: w(24, 48, 120, 0, [CLINIC, QA, 'Our inference: held as long as makeup at this depth (48 h)']),
  'very-deep': w(48, 72, 168, 0, [CLINIC, QA, 'Our inference: held as long as makeup at this depth (72 h)']),
};

const CHEMICAL_SUNSCREEN: Row = {
  shallow: w(
    0,
    24,
    48,
    0,
    [QA, 'Our inference: the 0.5 mm figure; the up-to-0.3 mm list names no filters (min 0)'],
    'Use a mineral (zinc oxide, titanium dioxide) sunscreen meanwhile.',
  ),
  medium: w(24, 24, 48, 0, [QA], 'Use a mineral (zinc oxide, titanium dioxide) sunscreen meanwhile.'),
  deep: w(24, 48, 48, 0, [QA], 'Use a mineral (zinc oxide, titanium dioxide) sunscreen meanwhile.'),
  'very-deep': w(
    48,
    72,
    72,
    0,
    [QA, 'Our inference: held as long as makeup at this depth (72 h)'],
    'Use a mineral (zinc oxide, titanium dioxide) sunscreen meanwhile.',
  ),
};

/**
 * Default windows in hours, by depth tier and category. Every number traces to
 * docs/sources.md#default-window-table; see the comment above and each entry's `sources` (each a `short` of
 * SOURCES in sources.ts, whose `ref` names its docs/sources.md entry). Borrowed figures
 * ("Our inference: ...") are docs/sources.md#inferred-windows.
 */
export const DEFAULT_WINDOWS: Readonly<Record<TierId, Readonly<Record<CategoryId, WindowDefault>>>> = (() => {
  const rows: Record<CategoryId, Row> = {
    retinoid: RETINOID,
    aha: ACID,
    bha: ACID,
    pha: ACID,
    'azelaic-acid': inferred(ACID, 'treated like AHA/BHA acid exfoliants'),
    enzyme: inferred(ACID, 'treated like chemical exfoliants'),
    'physical-exfoliant': ACID,
    'benzoyl-peroxide': noBefore(ACID),
    'vitamin-c': noBefore(ACID, [SOLTANI, FRIEDMANN]),
    hydroquinone: noBefore(ACID),
    'drying-alcohol': DRYING_ALCOHOL,
    astringent: inferred(
      DRYING_ALCOHOL,
      'treated like drying alcohol (witch hazel waters are often alcoholic)',
    ),
    fragrance: FRAGRANCE,
    'essential-oil': FRAGRANCE,
    'cooling-agent': inferred(FRAGRANCE, 'treated like fragrance and essential oils'),
    'chemical-sunscreen': CHEMICAL_SUNSCREEN,
  };
  const table = {} as Record<TierId, Record<CategoryId, WindowDefault>>;
  for (const tier of TIER_IDS) {
    table[tier] = {} as Record<CategoryId, WindowDefault>;
    for (const category of CATEGORY_IDS) {
      const d = rows[category][tier];
      table[tier][category] = Object.freeze({ ...d, sources: Object.freeze([...d.sources]) as string[] });
    }
    Object.freeze(table[tier]);
  }
  return Object.freeze(table);
})();

function cleanHours(h: unknown): number | null {
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 0) return null;
  return Math.min(h, MAX_OVERRIDE_HOURS);
}

/**
 * The hours used for `category` after (hold) and before (before) a session of `tier`: the user's override
 * where set and valid (negative or non-numeric values are ignored, values above 60 days clamped), else the
 * default.
 */
export function effectiveWindow(category: CategoryId, tier: TierId, overrides?: Overrides): EffectiveWindow {
  const def = DEFAULT_WINDOWS[tier][category];
  if (!def) throw new RangeError(`unknown category ${String(category)}`);
  const o = overrides?.[tier]?.[category];
  const hold = cleanHours(o?.hold);
  const before = cleanHours(o?.before);
  return {
    category,
    tier,
    hold: hold ?? def.typical,
    before: before ?? def.before,
    overridden: (hold !== null && hold !== def.typical) || (before !== null && before !== def.before),
    default: def,
  };
}

/** A copy of `overrides` with the window for tier+category set. */
export function setOverride(
  overrides: Overrides,
  tier: TierId,
  category: CategoryId,
  override: WindowOverride,
): Overrides {
  return { ...overrides, [tier]: { ...overrides[tier], [category]: { ...override } } };
}

/** A copy of `overrides` without tier+category (back to the default); drops a tier left empty. */
export function resetOverride(overrides: Overrides, tier: TierId, category: CategoryId): Overrides {
  const forTier = overrides[tier];
  if (!forTier || !(category in forTier)) return overrides;
  const { [category]: _removed, ...rest } = forTier;
  const out: Overrides = { ...overrides };
  if (Object.keys(rest).length === 0) delete out[tier];
  else out[tier] = rest;
  return out;
}

/**
 * Makeup on freshly needled skin, by depth (docs/sources.md#makeup-window): not an ingredient category but a
 * kind of product, so it has its own row and waits even when its list flags nothing. 0.5 mm: 24 h, mineral
 * makeup the next day; 0.75-1.0 mm 48 h; 1.5 mm and deeper 72 h (the default window table). Up to 0.3 mm the
 * table names no makeup figure: the category's own typical 24 h is used (min: "a few hours", taken as 4 h).
 * The longest published figure, 4 days, is every tier's max but the deepest's (which waits 7 days for
 * actives, so 4 days stays its max too).
 */
export const MAKEUP_WINDOWS: Readonly<Record<TierId, Readonly<WindowDefault>>> = Object.freeze({
  shallow: Object.freeze(w(4, 24, 96, 0, [CLINIC, QA, 'Our inference: the category figure (24 h)'])),
  medium: Object.freeze(w(4, 24, 96, 0, [CLINIC, QA])),
  deep: Object.freeze(w(24, 48, 96, 0, [CLINIC, QA])),
  'very-deep': Object.freeze(w(48, 72, 96, 0, [CLINIC, QA])),
});

/** Hours a makeup product waits after a session of `tier` (no pre-session pause). */
export const makeupHours = (tier: TierId): number => MAKEUP_WINDOWS[tier].typical;
