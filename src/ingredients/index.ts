/**
 * The ingredient engine: text -> parsed lists -> findings with severity, reason, rule and source.
 * Pure: no DOM, no browser APIs, no Node APIs.
 */
import { CATEGORIES, CATEGORY_IDS, type CategoryInfo } from './categories';
import { RULES } from './rules';
import { HARMLESS } from './harmless';
import { getMatcher, resetMatcherCaches, type RuleMatch } from './match';
import { clearNormalizeCache, normalizeName } from './normalize';
import { clearParseCache, parseDetailed, type ItemProto } from './parse';
import type { Analysis, AnalyzeOptions, CategoryId, Finding, Item, Rule, Severity, SubList } from './types';

export type * from './types';
export { parse } from './parse';
export { normalizeName } from './normalize';
export { CATEGORIES, CATEGORY_IDS, RULES, type CategoryInfo, type Rule };

/**
 * Ingredients that are almost always used at 1% or less: an acid listed after one of them is a
 * small amount (the "1% line" of INCI ordering; below 1% the order is free).
 */
const ONE_PERCENT_MARKERS = new Set(
  [
    'phenoxyethanol',
    'methylparaben',
    'propylparaben',
    'ethylparaben',
    'butylparaben',
    'sodium benzoate',
    'potassium sorbate',
    'chlorphenesin',
    'disodium edta',
    'tetrasodium edta',
    'trisodium edta',
    'edta',
    'xanthan gum',
    'fragrance',
    'parfum',
    'benzyl alcohol',
    'dehydroacetic acid',
    'sodium dehydroacetate',
    'sorbic acid',
    'methylisothiazolinone',
    'methylchloroisothiazolinone',
    'caprylhydroxamic acid',
    'ethylhexylglycerin',
    'trisodium ethylenediamine disuccinate',
    'bht',
    'tocopherol',
  ].map(normalizeName),
);

/** What the engine checks, in one line for "nothing detected": "retinoids, AHAs, BHAs, ...". */
export function checkedSummary(): string {
  return CATEGORY_IDS.map((id) => CATEGORIES[id].plural).join(', ');
}

function severityFor(
  rule: Rule,
  item: Item,
  listLength: number,
  afterMarker: string | null,
  opts: AnalyzeOptions,
): { severity: Severity; reason: string } {
  let severity = rule.severity;
  let reason = rule.reason;
  if (severity === 'note') return { severity, reason };
  const pct = item.percent;
  if (pct !== undefined && pct >= 1 && rule.positional) {
    return { severity: 'high', reason: `${rule.reason}, stated at ${pct}%` };
  }
  if (severity === 'high') {
    if (item.mayContain) {
      return { severity: 'low', reason: `${reason}; only in some shades ("may contain")` };
    }
    if (opts.rinseOff && rule.rinseOffLowers) {
      return { severity: 'low', reason: `${reason}; rinse-off product, brief contact` };
    }
    if (rule.positional) {
      if (afterMarker) {
        severity = 'low';
        reason = `${reason}; listed after ${afterMarker} (position ${item.position} of ${listLength}), likely under 1%`;
      } else if (listLength >= 12 && item.position > Math.ceil(listLength * 0.75)) {
        severity = 'low';
        reason = `${reason}; near the end of the list (position ${item.position} of ${listLength}), likely a small amount`;
      }
    }
  } else if (item.mayContain) {
    reason = `${reason}; only in some shades ("may contain")`;
  }
  return { severity, reason };
}

/** Analyze ingredient text. Never throws; any string returns a result. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  let lists: SubList[];
  let protos: ItemProto[][];
  try {
    ({ lists, protos } = parseDetailed(text));
  } catch {
    lists = [];
    protos = [];
  }
  const matcher = getMatcher();
  const findings: Finding[] = [];
  let checked = 0;
  for (let li = 0; li < lists.length; li++) {
    const list = lists[li]!;
    const listProtos = protos[li]!;
    let marker: string | null = null;
    const n = list.items.length;
    for (let ii = 0; ii < n; ii++) {
      const item = list.items[ii]!;
      const proto = listProtos[ii]!;
      checked++;
      let m: RuleMatch | null | undefined = proto.match;
      if (m === undefined) {
        try {
          m = matcher.matchItem(item);
        } catch {
          m = null;
        }
        proto.match = m;
      }
      if (m) {
        const { severity, reason } = severityFor(m.rule, item, n, marker, opts);
        const f: Finding = {
          category: m.rule.category,
          ingredient: item.raw,
          canonical: m.rule.canonical,
          rule: m.rule.id,
          position: item.position,
          list: list.label,
          match: m.score !== undefined ? { kind: m.kind, score: m.score } : { kind: m.kind },
          severity,
          reason,
          why: CATEGORIES[m.rule.category].why,
          source: m.rule.source ?? CATEGORIES[m.rule.category].source,
        };
        findings.push(f);
      }
      if (marker === null) {
        const nn = proto.norm;
        if (ONE_PERCENT_MARKERS.has(nn) || nn.endsWith('paraben')) marker = item.name;
      }
    }
  }
  return { lists, findings, checked };
}

/** Build the matcher's indexes ahead of time (e.g. at extension start-up or before a benchmark). */
export function warmUp(): void {
  getMatcher().warm();
  // Let the JIT compile the parser and matcher paths before the first real list: synthetic lists made
  // from the engine's own vocabulary, in the shapes real pages use. The caches are emptied afterwards,
  // so real lists start cold (only the compiled code stays).
  const names = [...HARMLESS.slice(0, 600), ...RULES.map((r) => r.canonical)];
  const title = (n: string) => n.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const extras =
    'Water/Aqua/Eau, Aqua (Water), Alcohol Denat., 1,2-Hexanediol, Salicylic Acid 0.5%, 15% L-Ascorbic Acid, ' +
    'Rosa Canina (Rosehip) Fruit Oil*, Glycolic Aicd, Retinyl Palmitat';
  const rounds = 16;
  for (let round = 0; round < rounds; round++) {
    const part = names.filter((_, k) => k % rounds === round).map(title);
    const typo = part.map((n, k) => (k % 5 === 0 && n.length > 6 ? n.slice(0, 3) + n.slice(4) : n));
    const half = Math.floor(part.length / 2);
    const list = `${part.join(', ')}, ${extras}`;
    analyze(
      `Ingredients: ${list}. *Certified Organic.\nClean at Sephora products are formulated without: Parabens.`,
    );
    analyze(`-Key Ingredient: Helps the look of skin.${typo.join(', ')}`);
    analyze(`${list} [+/- CI 77491, Mica]`.replace(/, /g, ' • ').toUpperCase());
    analyze(`Shade A: ${part.slice(0, half).join(', ')} | Shade B: ${part.slice(half).join(', ')}`);
    analyze(`${list.toLowerCase()}\nMay Contain/Peut Contenir (+/-): CI 77491, Mica <ILN42254>`);
    analyze(`['${part.join("', '")}']`);
    analyze(part.join(' '));
  }
  clearCaches();
}

/** Empty the result caches (names, pieces, matches); indexes and compiled code stay. */
export function clearCaches(): void {
  clearNormalizeCache();
  clearParseCache();
  resetMatcherCaches();
}

/** Categories with at least one finding of the given severities, in first-seen order. */
export function flaggedCategories(
  analysis: Analysis,
  severities: Severity[] = ['high', 'low'],
): CategoryId[] {
  const out: CategoryId[] = [];
  for (const f of analysis.findings) {
    if (severities.includes(f.severity) && !out.includes(f.category)) out.push(f.category);
  }
  return out;
}
