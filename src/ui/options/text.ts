/**
 * The options page's words for data the pure modules keep in English (src/recovery, src/ingredients): category
 * names, depth tiers, the notes and sources of the default windows. The pure modules stay the one place the
 * numbers and their evidence live; this file only gives each English text its catalogue message.
 *
 * Every t() names its key literally (tests/unit/ui/i18n.test.ts scans for that), hence the switch-like tables.
 * tests/unit/ui/options/text.test.ts checks that every note, source and reason of DEFAULT_WINDOWS has a
 * message here and that the English catalogue says exactly what the pure module says, so the two cannot drift.
 * Bibliographic citations (authors, journal, year) are not translated: they name a published paper.
 */
import { sourceFor, tierInfo, type SourceRef } from '../../recovery';
import type { TierId } from '../../recovery/types';
import { t } from '../i18n';
import { formatNeedle } from '../time-format';

/** "up to 0.3 mm", "over 0.3 mm up to 0.5 mm", "over 1.0 mm": from the tier's own bounds, in the locale's digits. */
export function tierRange(tier: TierId): string {
  const { overMm, upToMm } = tierInfo(tier);
  if (overMm <= 0) return t('options_tier_up_to', formatNeedle(upToMm));
  if (!Number.isFinite(upToMm)) return t('options_tier_over', formatNeedle(overMm));
  return t('options_tier_between', formatNeedle(overMm), formatNeedle(upToMm));
}

const TIER_EXPLANATIONS: Record<TierId, () => string> = {
  shallow: () => t('options_tier_shallow_explanation'),
  medium: () => t('options_tier_medium_explanation'),
  deep: () => t('options_tier_deep_explanation'),
  'very-deep': () => t('options_tier_very_deep_explanation'),
};

export function tierExplanation(tier: TierId): string {
  return TIER_EXPLANATIONS[tier]();
}

/** DEFAULT_WINDOWS notes, by their English text in src/recovery/windows.ts. */
export const NOTES: Readonly<Record<string, () => string>> = {
  'Prescription retinoids (tretinoin, adapalene, tazarotene): 10 days.': () =>
    t('options_note_prescription_retinoids'),
  'Alcohol-based toners: up to 14 days.': () => t('options_note_alcohol_toners'),
  'Use a mineral (zinc oxide, titanium dioxide) sunscreen meanwhile.': () =>
    t('options_note_mineral_sunscreen'),
};

/** The reasons after "Our inference: " in DEFAULT_WINDOWS sources, by their English text. */
export const INFERENCES: Readonly<Record<string, () => string>> = {
  'treated like AHA/BHA acid exfoliants': () => t('options_inference_like_acids'),
  'treated like chemical exfoliants': () => t('options_inference_like_chemical_exfoliants'),
  'treated like drying alcohol (witch hazel waters are often alcoholic)': () =>
    t('options_inference_like_drying_alcohol'),
  'treated like fragrance and essential oils': () => t('options_inference_like_fragrance'),
  'held as long as makeup at this depth (48 h)': () => t('options_inference_makeup_48'),
  'held as long as makeup at this depth (72 h)': () => t('options_inference_makeup_72'),
  'the 0.5 mm figure; the up-to-0.3 mm list names no filters (min 0)': () =>
    t('options_inference_sunscreen_shallow'),
};

/** A note in the page's language; an unknown one (a new note without a message yet) as written. */
export function noteText(note: string): string {
  return NOTES[note]?.() ?? note;
}

const INFERENCE_PREFIX = 'Our inference: ';

/** One `sources` entry of a default window: a translated short name, a citation, or our inference's reason. */
export function sourceLabel(short: string): string {
  if (short.startsWith(INFERENCE_PREFIX)) {
    const reason = short.slice(INFERENCE_PREFIX.length);
    return t('options_source_inference_because', INFERENCES[reason]?.() ?? reason);
  }
  const ref = sourceFor(short);
  return ref ? sourceShort(ref) : short;
}

/** Grey literature and our own inference have a translated name; papers keep their citation. */
export function sourceShort(ref: SourceRef): string {
  switch (ref.id) {
    case 'clinic':
      return t('options_source_clinic_short');
    case 'qa':
      return t('options_source_qa_short');
    case 'micropore':
      return t('options_source_micropore_short');
    case 'inference':
      return t('options_source_inference_short');
    default:
      return ref.short;
  }
}

/** The full reference: described sources translated, papers as cited. */
export function sourceFull(ref: SourceRef): string {
  switch (ref.id) {
    case 'clinic':
      return t('options_source_clinic_full');
    case 'qa':
      return t('options_source_qa_full');
    case 'micropore':
      return t('options_source_micropore_full');
    case 'inference':
      return t('options_source_inference_full');
    default:
      return ref.full;
  }
}

const FINDINGS: Record<string, () => string> = {
  clinic: () => t('options_source_clinic_finding'),
  qa: () => t('options_source_qa_finding'),
  kalluri: () => t('options_source_kalluri_finding'),
  sasaki: () => t('options_source_sasaki_finding'),
  micropore: () => t('options_source_micropore_finding'),
  soltani: () => t('options_source_soltani_finding'),
  friedmann: () => t('options_source_friedmann_finding'),
  inference: () => t('options_source_inference_finding'),
};

/** What we take from a source, in the page's language. */
export function sourceFinding(ref: SourceRef): string {
  return FINDINGS[ref.id]?.() ?? ref.finding;
}

/** Source ids with a finding message: the test compares this with SOURCES. */
export const FINDING_IDS: readonly string[] = Object.keys(FINDINGS);
