import type { TierId, TierInfo } from './types';

/** Needle lengths sold for home rollers and pens (mm; docs/sources.md#depth-tiers). */
export const NEEDLE_STEPS: readonly number[] = [0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0];

/**
 * The four depth tiers of the default window table (up to 0.3 mm / 0.5 mm / 0.75-1.0 mm / 1.5 mm and deeper;
 * docs/sources.md#default-window-table, borders as in docs/sources.md#depth-tiers). Lengths between the
 * published steps (0.4 mm, 1.2 mm) fall into the deeper tier: the windows are meant to be conservative.
 * The explanations (shown on the options page) paraphrase docs/sources.md#microchannel-closure-kalluri-2011
 * (shallow: barrier back within hours, channels closed in about 12 h) and
 * docs/sources.md#tewl-after-microneedling-sasaki-2019 (water loss raised for the 48 h measured, longest at
 * 1.5 mm); the hold figures are those of DEFAULT_WINDOWS.
 */
export const TIERS: readonly TierInfo[] = [
  {
    id: 'shallow',
    label: 'up to 0.3 mm',
    overMm: 0,
    upToMm: 0.3,
    explanation:
      'Cosmetic depth: the needles barely pass the outer layer. In animal studies the skin barrier recovered within hours and the channels closed in about 12 h, so actives and fragrance wait a day (retinoids and acids ideally two).',
  },
  {
    id: 'medium',
    label: 'over 0.3 to 0.5 mm',
    overMm: 0.3,
    upToMm: 0.5,
    explanation:
      'The channels reach the living epidermis. In people, water loss stayed above normal for the whole 48 h measured, so retinoids, acids, vitamin C, benzoyl peroxide and scrubs wait 3 days; fragrance and chemical sunscreen filters 24 h.',
  },
  {
    id: 'deep',
    label: 'over 0.5 to 1.0 mm',
    overMm: 0.5,
    upToMm: 1.0,
    explanation:
      'The needles reach the upper dermis and the skin is visibly red for a day or two. Actives wait 5 days (up to 7), chemical sunscreen filters 48 h.',
  },
  {
    id: 'very-deep',
    label: 'over 1.0 mm',
    overMm: 1.0,
    upToMm: Infinity,
    explanation:
      'Medical depth (1.5 mm and more): the longest-lasting barrier disruption measured. Actives wait 7 days (prescription retinoids 10), alcohol toners up to 2 weeks, fragrance and chemical filters 3 days.',
  },
];

/** Tolerance for float input such as 0.1 + 0.2. */
const EPS = 1e-9;

/**
 * The depth tier of a needle length in mm. Borders belong to the shallower tier (0.3 -> shallow, 0.5 ->
 * medium, 1.0 -> deep); anything in between goes to the deeper one. Invalid input (NaN, <= 0) gives
 * 'very-deep', the most conservative tier, rather than throwing: a broken setting must not silently shorten a
 * window.
 */
export function tierFor(mm: number): TierId {
  if (!Number.isFinite(mm) || mm <= 0) return 'very-deep';
  for (const tier of TIERS) {
    if (mm <= tier.upToMm + EPS) return tier.id;
  }
  return 'very-deep';
}

/** The tier's bounds and wording (the options page shows "over 0.3 mm up to 0.5 mm" from them). */
export function tierInfo(tier: TierId): TierInfo {
  const info = TIERS.find((t) => t.id === tier);
  if (!info) throw new RangeError(`unknown tier ${String(tier)}`);
  return info;
}
