/**
 * A finding's reason and sources in the user's language (issue 9 item 5): the engine's reason code and values
 * and its docs/sources.md ids, mapped to catalogue messages. Literal tables, not keys built from the codes,
 * so the catalogue test sees every key used and the type checker sees every code. The engine's English
 * `reason` and `source` stay for the command line and for results stored by an older version.
 */
import type { Finding, ReasonCode } from '../ingredients/types';
import { formatNumber, t, type MessageKey } from './i18n';

/** What changed the severity, one message each (`rule`: the rule's own reason, by rule id below). */
const CODE_KEYS: Readonly<Record<Exclude<ReasonCode, 'rule'>, MessageKey>> = {
  'stated-percent': 'reason_stated_percent',
  'may-contain': 'reason_may_contain',
  'rinse-off': 'reason_rinse_off',
  'after-marker': 'reason_after_marker',
  'near-end': 'reason_near_end',
  'not-a-scrub': 'reason_not_a_scrub',
  dissolved: 'reason_dissolved',
  'ph-adjuster': 'reason_ph_adjuster',
  'aha-salt': 'reason_aha_salt',
  'trace-antioxidant': 'reason_trace_antioxidant',
  'trace-antioxidant-after': 'reason_trace_antioxidant_after',
};

/**
 * The own reason of every rule whose own severity is a caution or a note (a `high` rule's own reason is never
 * shown: its card gives the category's why). tests/unit/ui/reasons.test.ts checks this covers every such rule.
 */
export const RULE_KEYS: Readonly<Record<string, MessageKey>> = {
  bakuchiol: 'reason_rule_bakuchiol',
  'citric-acid': 'reason_rule_citric_acid',
  'aha-salt': 'reason_rule_aha_salt',
  'sodium-salicylate': 'reason_rule_salicylate_salt',
  'willow-bark': 'reason_rule_willow_bark',
  'possible-scrub-particle': 'reason_rule_scrub_particle',
  'vitamin-c-derivative': 'reason_rule_vitamin_c_derivative',
  'fragrance-allergen': 'reason_rule_fragrance_allergen',
  'enzyme-fruit': 'reason_rule_fruit_extract',
  avobenzone: 'reason_rule_uv_filter',
  octinoxate: 'reason_rule_uv_filter',
  oxybenzone: 'reason_rule_uv_filter',
  octocrylene: 'reason_rule_uv_filter',
  homosalate: 'reason_rule_uv_filter',
  octisalate: 'reason_rule_uv_filter',
  'other-uv-filter': 'reason_rule_uv_filter',
  'menthol-derivative': 'reason_rule_menthol_derivative',
  'witch-hazel': 'reason_rule_witch_hazel',
  'azelaic-derivative': 'reason_rule_azelaic_derivative',
};

/** docs/sources.md entry id -> its translated short name. */
export const SOURCE_KEYS: Readonly<Record<string, MessageKey>> = {
  'aftercare-clinic-sheets': 'source_aftercare_clinic_sheets',
  'aftercare-dermatologist-qa': 'source_aftercare_dermatologist_qa',
  'astringent-witch-hazel': 'source_astringent_witch_hazel',
  'bakuchiol-not-a-retinoid': 'source_bakuchiol_not_a_retinoid',
  'cooling-agents': 'source_cooling_agents',
  'cosing-functions': 'source_cosing_functions',
  'drying-alcohol-names': 'source_drying_alcohol_names',
  'enzyme-exfoliants': 'source_enzyme_exfoliants',
  'eu-fragrance-allergens': 'source_eu_fragrance_allergens',
  'granuloma-review-2024': 'source_granuloma_review_2024',
  'granuloma-vitamin-c-2014': 'source_granuloma_vitamin_c_2014',
  'inferred-windows': 'source_inferred_windows',
};

/** The finding's reason in the user's language; the engine's English text for a result without a code. */
export function reasonText(f: Finding): string {
  const code = f.reasonCode;
  if (code === undefined) return f.reason;
  const p = f.reasonParams ?? {};
  const n = (x: number | undefined) => formatNumber(x ?? 0);
  switch (code) {
    case 'rule': {
      const key = RULE_KEYS[f.rule];
      return key ? t(key) : f.reason;
    }
    case 'stated-percent':
      return t(CODE_KEYS[code], n(p.percent));
    case 'after-marker':
      return t(CODE_KEYS[code], p.marker ?? '', n(p.position), n(p.length));
    case 'near-end':
    case 'ph-adjuster':
    case 'trace-antioxidant':
      return t(CODE_KEYS[code], n(p.position), n(p.length));
    case 'dissolved':
      return t(CODE_KEYS[code], n(p.position));
    case 'trace-antioxidant-after':
      return t(CODE_KEYS[code], p.marker ?? '');
    default:
      return t(CODE_KEYS[code]);
  }
}

/** The finding's sources as translated short names ("; "-joined); the engine's text without ids. */
export function sourceText(f: Finding): string {
  const names = (f.refs ?? []).map((id) => SOURCE_KEYS[id]).filter((k): k is MessageKey => k !== undefined);
  return names.length > 0 ? names.map((k) => t(k)).join('; ') : f.source;
}
