/**
 * Analysis: parsed items -> findings, each with its rule, severity and the reason for that severity (position
 * in the list, a stated percentage, rinse-off, "may contain").
 */
import { CATEGORIES } from './categories';
import { RULES } from './rules';
import { contextFacts, contextSeverity, type Judged } from './context';
import { getMatcher, type RuleMatch } from './match';
import { normalizeName } from './normalize';
import { isNameLike, isProseItem, parseDetailed, sentenceOf, type ItemProto } from './parse';
import { isKnownName } from './vocab';
import type { Analysis, AnalyzeOptions, CategoryId, Finding, Item, Rule, Severity, SubList } from './types';

/**
 * Ingredients that are almost always used at 1% or less: an acid listed after one of them is a small amount
 * (the "1% line" of INCI ordering; below 1% the order is free: docs/sources.md#inci-one-percent-line).
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

/** rule id -> normalized name -> that name as the rule writes it (for `canonical`). */
let displayNames: Map<string, Map<string, string>> | null = null;

/**
 * The matched ingredient's own name: the rule entry that matched (a rule groups several INCI names, e.g.
 * silica, sodium chloride and sucrose as possible scrub particles, or the 26 fragrance allergens), or, for a
 * family-pattern match (any genus + part + "oil"), the item's own INCI name. Never another ingredient's name.
 */
function canonicalFor(m: RuleMatch, item: Item): string {
  if (!displayNames) {
    displayNames = new Map();
    for (const r of RULES) {
      const names = new Map<string, string>();
      for (const n of [r.canonical, ...r.names]) {
        const k = normalizeName(n);
        if (!names.has(k)) names.set(k, n);
      }
      displayNames.set(r.id, names);
    }
  }
  return (
    displayNames.get(m.rule.id)?.get(m.via) ??
    (m.via === normalizeName(m.rule.canonical) ? m.rule.canonical : item.name)
  );
}

function severityFor(
  rule: Rule,
  item: Item,
  listLength: number,
  afterMarker: string | null,
  opts: AnalyzeOptions,
): Judged {
  const base = rule.reason;
  const asRule: Judged = { severity: rule.severity, reason: base, code: 'rule' };
  if (rule.severity === 'note') return asRule;
  const pct = item.percent;
  if (pct !== undefined && pct >= 1 && rule.positional) {
    return {
      severity: 'high',
      reason: `${base}, stated at ${pct}%`,
      code: 'stated-percent',
      params: { percent: pct },
    };
  }
  if (rule.severity === 'high') {
    if (item.mayContain) {
      return { severity: 'low', reason: `${base}; only in some shades ("may contain")`, code: 'may-contain' };
    }
    if (opts.rinseOff && rule.rinseOffLowers) {
      return { severity: 'low', reason: `${base}; rinse-off product, brief contact`, code: 'rinse-off' };
    }
    if (rule.positional) {
      const params = { position: item.position, length: listLength };
      if (afterMarker) {
        return {
          severity: 'low',
          reason: `${base}; listed after ${afterMarker} (position ${item.position} of ${listLength}), likely under 1%`,
          code: 'after-marker',
          params: { ...params, marker: afterMarker },
        };
      }
      if (listLength >= 12 && item.position > Math.ceil(listLength * 0.75)) {
        return {
          severity: 'low',
          reason: `${base}; near the end of the list (position ${item.position} of ${listLength}), likely a small amount`,
          code: 'near-end',
          params,
        };
      }
    }
  } else if (item.mayContain) {
    return {
      severity: rule.severity,
      reason: `${base}; only in some shades ("may contain")`,
      code: 'may-contain',
    };
  }
  return asRule;
}

/** refsOf() per rule: one array per rule, shared by its findings (nothing edits a finding's refs). */
const refsByRule = new Map<string, string[]>();

/** The docs/sources.md ids behind a finding's source: the rule's own, else its category's. */
function refsOf(rule: Rule): string[] {
  let refs = refsByRule.get(rule.id);
  if (refs === undefined) {
    const r = rule.source !== undefined ? rule.ref : CATEGORIES[rule.category].ref;
    refs = r === undefined ? [] : typeof r === 'string' ? [r] : [...r];
    refsByRule.set(rule.id, refs);
  }
  return refs;
}

/** Analyze ingredient text. Never throws; any string returns a result. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  let lists: SubList[];
  let protos: ItemProto[][];
  let breaks: number[][];
  try {
    ({ lists, protos, breaks } = parseDetailed(text));
  } catch {
    lists = [];
    protos = [];
    breaks = [];
  }
  const matcher = getMatcher();
  // a rinse-off product by the caller's word or by the kinds the page gives (a cleanser, a body wash)
  const sev: AnalyzeOptions =
    !opts.rinseOff && opts.product?.kinds?.includes('rinse-off') ? { ...opts, rinseOff: true } : opts;
  let findings: Finding[] = [];
  let checked = 0;
  // where each finding's item stands (list, item: two numbers a finding), and the sentences holding an item
  // that reads as a sentence, for descriptions (below)
  const findingAt: number[] = [];
  const proseSentences: (Set<number> | undefined)[] = [];
  let proseItems = 0;
  for (let li = 0; li < lists.length; li++) {
    const list = lists[li]!;
    const listProtos = protos[li]!;
    let marker: string | null = null;
    // Position rules count the formula, not the shade pigments of its "may contain" section (an eyeliner's
    // 12 items plus 13 optional colorants: its 10th item is near the end, not in the middle).
    let n = 0;
    for (const it of list.items) if (!it.mayContain) n++;
    if (n === 0) n = list.items.length;
    const facts = contextFacts(opts.product, list.label);
    for (let ii = 0; ii < list.items.length; ii++) {
      const item = list.items[ii]!;
      const proto = listProtos[ii]!;
      checked++;
      let m = proto.match;
      if (m === undefined) {
        try {
          m = matcher.matchItem(item, proto.key);
        } catch {
          m = null;
        }
        proto.match = m;
      }
      proto.prose ??= isProseItem(proto.raw);
      if (proto.prose) {
        proseItems++;
        (proseSentences[li] ??= new Set()).add(sentenceOf(breaks[li]!, ii));
      }
      if (m) {
        const base = severityFor(m.rule, item, n, marker, sev);
        const judged = contextSeverity(m.rule, item, n, base.severity, facts, marker, m.via) ?? base;
        const { severity, reason } = judged;
        const f: Finding = {
          category: m.rule.category,
          ingredient: item.raw,
          // a function of the match and the name, so one per distinct piece of text
          canonical: (proto.canonical ??= canonicalFor(m, item)),
          rule: m.rule.id,
          position: item.position,
          list: list.label,
          match: m.score !== undefined ? { kind: m.kind, score: m.score } : { kind: m.kind },
          severity,
          reason,
          reasonCode: judged.code,
          ...(judged.params && { reasonParams: judged.params }),
          why: CATEGORIES[m.rule.category].why,
          source: m.rule.source ?? CATEGORIES[m.rule.category].source,
          refs: refsOf(m.rule),
        };
        findings.push(f);
        findingAt.push(li, ii);
      }
      if (marker === null) {
        if (proto.marker === undefined) {
          const nn = proto.norm;
          proto.marker = ONE_PERCENT_MARKERS.has(nn) || nn.endsWith('paraben');
        }
        if (proto.marker) marker = item.name;
      }
    }
  }
  let described: string[] | undefined;
  if (proseItems >= 2 && findings.length > 0 && isDescription(lists, protos)) {
    // a description, not a list: a name inside one of its sentences is not on an ingredient list; the
    // names are still said (the popup tells the user to read the pack's list)
    const inSentence = (k: number) =>
      proseSentences[findingAt[2 * k]!]?.has(
        sentenceOf(breaks[findingAt[2 * k]!]!, findingAt[2 * k + 1]!),
      ) === true;
    const dropped = findings.filter((f, k) => f.severity !== 'note' && inSentence(k)).map((f) => f.canonical);
    findings = findings.filter((_, k) => !inSentence(k));
    if (dropped.length > 0) described = [...new Set(dropped)];
  }
  const out: Analysis = {
    lists,
    findings: findings.length > 1 ? mergeFindings(findings, lists.length > 1) : findings,
    checked,
  };
  if (described) out.described = described;
  return out;
}

/** Fewer listed items than this, and a text with two sentence-like items describes, it does not list. */
const MIN_LISTED = 3;

/**
 * Does the text describe the product instead of listing its ingredients (parse/prose.ts)? Fewer than three
 * items are listed: a known ingredient name (four letters or more), or a name-shaped item (five words at
 * most, no prose function word) that matched an irritant, such as "Pumce" or "Lavandula Angustifolia Oil".
 * A real list names its ingredients item after item, also after a blurb and through typos in a few of them;
 * and a name in a sentence of its own ("Salicylic Acid 2%. Helps clear pores ...") is kept even in a
 * description.
 */
function isDescription(lists: SubList[], protos: ItemProto[][]): boolean {
  let listed = 0;
  for (let li = 0; li < lists.length; li++) {
    const items = lists[li]!.items;
    for (let ii = 0; ii < items.length; ii++) {
      const p = protos[li]![ii]!;
      // a known name of four letters or more ("and", "bha" are known words, not a list's names)
      const named = (p.norm.length >= 4 && isKnownName(p.norm)) || (p.match != null && isNameLike(p.raw));
      if (named && ++listed >= MIN_LISTED) return false;
    }
  }
  return true;
}

const RANK: Record<Severity, number> = { note: 0, low: 1, high: 2 };

/**
 * One finding per ingredient and category across shade and kit sub-lists (issue 9 item 6), and inside one
 * sub-list: a page that prints its list twice, or a doubled name (238 corpus lists held 573 such repeats, each
 * a second card in the popup; corpus-dump before and after, 0 verdicts changed). The kept finding is the most
 * severe occurrence (a retinol that is high in one kit part is high for the product; an alcohol high early
 * in the first copy and low late in the second is high), then the first; `lists` names every sub-list once,
 * in order.
 */
function mergeFindings(findings: Finding[], several: boolean): Finding[] {
  const byKey = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.category}|${normalizeName(f.canonical)}`;
    const at = byKey.get(key);
    const prev = at === undefined ? undefined : out[at]!;
    // the findings are this analysis's own objects: `lists` is set on them, no copies (a spread per
    // finding was 5% of a kit-heavy pass); a product of one list has no `lists`
    if (prev === undefined) {
      byKey.set(key, out.length);
      if (several) f.lists = [f.list];
      out.push(f);
      continue;
    }
    if (several && !prev.lists!.includes(f.list)) prev.lists!.push(f.list);
    if (RANK[f.severity] > RANK[prev.severity]) {
      if (several) f.lists = prev.lists;
      f.also = [...(prev.also ?? []), { list: prev.list, position: prev.position }];
      out[at!] = f;
    } else (prev.also ??= []).push({ list: f.list, position: f.position });
  }
  return out;
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
