/**
 * Builds the independent development set (tests/fixtures/ingredients/README.md, "The independent set").
 * Never imports the engine (src/ingredients): the labels come from the written rules and a hand review.
 *
 *   npx tsx scripts/label/build.ts select            draw the lists -> selection.json
 *   npx tsx scripts/label/build.ts sheet [category]  review sheet: positives, undecided, look-alikes, typos
 *   npx tsx scripts/label/build.ts show <id>...      one list's items as the labeller reads them
 *   npx tsx scripts/label/build.ts freeze [--force]  candidates + review.json -> labels.json
 *   npx tsx scripts/label/build.ts check             labels.json against the rules and the review, no writing
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  fixturesDir,
  loadDevSet,
  loadPageLists,
  loadSharedCorpus,
  loadShopFixtureLists,
  type CorpusList,
  type FrozenLabel,
} from '../lib/corpus';
import { labelList, type Candidate } from './label';
import { CATEGORIES, type Category } from './rules';
import { select, type Picked } from './select';
import { items, normItem } from './text';

const SELECTION = path.join(fixturesDir, 'selection.json');
const REVIEW = path.join(fixturesDir, 'review.json');
const LABELS = path.join(fixturesDir, 'labels.json');

export interface Decision {
  id: string;
  category: Category;
  /**
   * confirm: a candidate positive read and kept. reject: a candidate positive that is not one (reason).
   * add: a positive the rules missed (reason, evidence). undecided: excluded from scoring (reason).
   * negative: a candidate undecided or a context look-alike read and decided: must not warn (reason).
   */
  decision: 'confirm' | 'reject' | 'add' | 'undecided' | 'negative';
  reason?: string;
  evidence?: string[];
}

/**
 * Quotes from the third-party texts (evidence, look-alike items) are cut to this length: enough to name the
 * ingredient, never a page of someone else's text.
 */
export const MAX_QUOTE = 120;

/** Look-alike items read once per distinct text (their verdict does not depend on the product). */
export interface GroupDecision {
  category: Category;
  rule: string;
  items: string[];
  reason: string;
}

export interface Review {
  decisions: Decision[];
  groups: GroupDecision[];
  /** Fields that hold no INCI list (page prose, key-ingredient lines, claims): they must stay quiet too. */
  noList?: { id: string; reason: string }[];
}

/** Look-alike rules whose verdict depends on position or product: read list by list, not by item text. */
export const CONTEXT_RULES = new Set([
  'citric acid late: pH adjuster',
  'malic acid late: pH adjuster',
  'tartaric acid late: pH adjuster',
  'trace derivative',
  'particle outside a scrub',
  'salt/sugar outside a scrub',
  'fruit extract',
]);

interface Entry extends CorpusList {
  source: string;
}

/** Text identity for de-duplication: the Sephora sets repeat many lists. */
function key(text: string): string {
  return normItem(text).replace(/[^a-z0-9]/g, '');
}

function universe(): Entry[] {
  const shared = loadSharedCorpus();
  const pages = loadPageLists();
  if (!shared || !pages) throw new Error('../shared/data is needed to build the set');
  const regression = loadDevSet();
  const seen = new Set(regression.map((l) => key(l.text)));
  const regressionIds = new Set(regression.map((l) => l.id));
  const out: Entry[] = [];
  const add = (l: CorpusList, source: string) => {
    const k = key(l.text);
    if (regressionIds.has(l.id) || seen.has(k)) return;
    seen.add(k);
    out.push({ ...l, source });
  };
  for (const l of pages) add(l, 'pages');
  for (const l of loadShopFixtureLists()) add(l, 'shops');
  for (const l of [...shared].sort((a, b) => (a.id < b.id ? -1 : 1))) add(l, l.id.split('#')[0]!);
  return out;
}

function byId(): Map<string, Entry> {
  return new Map(universe().map((l) => [l.id, l]));
}

function readJson<T>(p: string, fallback: T): T {
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : fallback;
}

/** One object per line: diffable, and small enough to read. */
function writeLines(p: string, rows: unknown[]): void {
  writeFileSync(p, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
}

function cmdSelect(): void {
  const all = universe();
  const picked = select(all.map((l) => ({ id: l.id, source: l.source, cand: labelList(l.text, l.context) })));
  writeLines(SELECTION, picked);
  const strata = new Map<string, number>();
  for (const p of picked)
    strata.set(p.stratum.split(':')[0]!, (strata.get(p.stratum.split(':')[0]!) ?? 0) + 1);
  console.log(
    `${picked.length} lists from ${all.length} distinct lists; strata ${JSON.stringify([...strata])}`,
  );
}

export function loadSelected(): { pick: Picked; list: Entry; cand: Candidate }[] {
  const lists = byId();
  return readJson<Picked[]>(SELECTION, []).map((pick) => {
    const list = lists.get(pick.id);
    if (!list) throw new Error(`selected list ${pick.id} is not in ../shared any more`);
    return { pick, list, cand: labelList(list.text, list.context) };
  });
}

function ctxLabel(l: Entry): string {
  return [l.context?.name, l.context?.category].filter(Boolean).join(' | ');
}

function cmdSheet(only?: string): void {
  const sel = loadSelected();
  for (const cat of CATEGORIES) {
    if (only && cat !== only) continue;
    console.log(`\n######## ${cat}`);
    for (const kind of ['warn', 'undecided'] as const) {
      console.log(`\n## ${kind}`);
      for (const { pick, list, cand } of sel) {
        const ms = cand.mentions.filter((m) => m.category === cat && m.verdict === kind);
        if (ms.length === 0) continue;
        if (kind === 'undecided' && cand.categories.includes(cat)) continue;
        const ev = ms.map((m) => `${m.position}/${m.of} "${m.item}" [${m.rule}]`).join('; ');
        console.log(`${pick.id} {${ctxLabel(list)}} ${ev}`);
      }
    }
    console.log('\n## context look-alikes (per list)');
    for (const { pick, list, cand } of sel) {
      if (cand.categories.includes(cat)) continue;
      const ms = cand.mentions.filter(
        (m) => m.category === cat && m.verdict === 'no' && CONTEXT_RULES.has(m.rule),
      );
      if (ms.length === 0) continue;
      console.log(
        `${pick.id} {${ctxLabel(list)}} ${ms.map((m) => `${m.position}/${m.of} "${m.item}" [${m.rule}]`).join('; ')}`,
      );
    }
    console.log('\n## item look-alikes (distinct items)');
    const groups = new Map<string, number>();
    for (const { cand } of sel) {
      for (const m of cand.mentions) {
        if (m.category !== cat || m.verdict !== 'no' || CONTEXT_RULES.has(m.rule)) continue;
        const k = `[${m.rule}] ${m.item}`;
        groups.set(k, (groups.get(k) ?? 0) + 1);
      }
    }
    for (const [k, n] of [...groups].sort()) console.log(`${n}\t${k}`);
  }
  if (!only) {
    console.log('\n######## possible typos (read the item: the rules read them as the word they resemble)');
    for (const { pick, cand } of sel) {
      for (const t of cand.typos) console.log(`${pick.id} "${t.word}" ~ ${t.like} in "${t.item}"`);
    }
    console.log('\n######## lists with no item read');
    for (const { pick, cand } of sel) if (cand.itemCount === 0) console.log(pick.id);
  }
}

function cmdShow(ids: string[]): void {
  const lists = byId();
  for (const id of ids) {
    const l = lists.get(id);
    if (!l) {
      console.log(`${id}: not found`);
      continue;
    }
    console.log(`===== ${id} {${ctxLabel(l)}}`);
    for (const it of items(l.text))
      console.log(
        `  ${it.position}/${it.of}${it.mayContain ? ' may' : ''}${it.prose ? ' PROSE' : ''}${it.legend ? ' LEGEND' : ''}  ${it.raw}`,
      );
  }
}

/** Applies the review to the candidates; returns the labels and every reason the review is incomplete. */
export function freezeLabels(): { labels: FrozenLabel[]; problems: string[] } {
  const review = readJson<Review>(REVIEW, { decisions: [], groups: [] });
  const problems: string[] = [];
  const decided = new Map<string, Decision>();
  for (const d of review.decisions) {
    const k = `${d.id} ${d.category}`;
    if (decided.has(k)) problems.push(`two decisions for ${k}`);
    decided.set(k, d);
    if (d.decision !== 'confirm' && !d.reason) problems.push(`${k}: ${d.decision} needs a reason`);
  }
  const groupItems = new Set(
    review.groups.flatMap((g) => g.items.map((i) => `${g.category} ${g.rule} ${i}`)),
  );
  const used = new Set<string>();
  const noList = new Set((review.noList ?? []).map((n) => n.id));
  const labels: FrozenLabel[] = [];
  for (const { pick, list, cand } of loadSelected()) {
    const cats = new Set<Category>(cand.categories);
    const evidence: FrozenLabel['evidence'] = { ...cand.evidence };
    const undecided = new Set<Category>(Object.keys(cand.undecided) as Category[]);
    const textKey = normItem(list.text);
    for (const cat of CATEGORIES) {
      const k = `${pick.id} ${cat}`;
      const d = decided.get(k);
      if (d) used.add(k);
      const isPos = cats.has(cat);
      const isUnd = undecided.has(cat);
      if (isPos && (!d || d.decision === 'negative')) problems.push(`${k}: positive not reviewed`);
      if (isUnd && !d) problems.push(`${k}: undecided not reviewed`);
      const contextLookalike = cand.mentions.some(
        (m) => m.category === cat && m.verdict === 'no' && CONTEXT_RULES.has(m.rule),
      );
      if (!isPos && !isUnd && contextLookalike && !d) problems.push(`${k}: context look-alike not reviewed`);
      if (!isPos) {
        for (const m of cand.mentions) {
          if (m.category === cat && m.verdict === 'no' && !CONTEXT_RULES.has(m.rule)) {
            if (!groupItems.has(`${cat} ${m.rule} ${m.item.slice(0, MAX_QUOTE)}`))
              problems.push(`${k}: look-alike "${m.item}" not reviewed`);
          }
        }
      }
      if (!d) continue;
      if (d.decision === 'confirm' && !isPos) problems.push(`${k}: confirmed but not a candidate positive`);
      if (d.decision === 'reject' || d.decision === 'negative' || d.decision === 'undecided') {
        cats.delete(cat);
        delete evidence[cat];
        if (d.decision === 'undecided') undecided.add(cat);
        else undecided.delete(cat);
      }
      if (d.decision === 'add') {
        if (!d.evidence?.length) problems.push(`${k}: add needs evidence`);
        for (const e of d.evidence ?? [])
          if (!textKey.includes(normItem(e))) problems.push(`${k}: evidence "${e}" is not in the text`);
        cats.add(cat);
        evidence[cat] = d.evidence ?? [];
        undecided.delete(cat);
      }
    }
    const categories = CATEGORIES.filter((c) => cats.has(c));
    const entry: FrozenLabel = {
      id: pick.id,
      source: pick.source,
      stratum: pick.stratum,
      categories,
      evidence: Object.fromEntries(
        categories.map((c) => [c, evidence[c]!.map((e) => e.slice(0, MAX_QUOTE))]),
      ),
      undecided: CATEGORIES.filter((c) => undecided.has(c)),
      ...(list.context && { context: list.context }),
      ...(noList.has(pick.id) && { noList: true as const }),
    };
    if (noList.has(pick.id) && categories.length > 0)
      problems.push(`${pick.id}: no list but labelled positive`);
    noList.delete(pick.id);
    labels.push(entry);
  }
  for (const k of decided.keys()) if (!used.has(k)) problems.push(`${k}: decision for a list not in the set`);
  for (const id of noList) problems.push(`${id}: noList entry for a list not in the set`);
  return { labels, problems };
}

function summary(labels: FrozenLabel[]): string {
  const pos = CATEGORIES.map((c) => `${c} ${labels.filter((l) => l.categories.includes(c)).length}`);
  const freeLists = labels.filter((l) => l.categories.length === 0 && l.undecided.length === 0);
  const free = `${freeLists.length} (${freeLists.filter((l) => l.noList).length} with no INCI list)`;
  const und = labels.reduce((n, l) => n + l.undecided.length, 0);
  return `${labels.length} lists; positives: ${pos.join(', ')}; irritant-free ${free}; undecided pairs ${und}`;
}

function cmdFreeze(force: boolean): void {
  const { labels, problems } = freezeLabels();
  if (problems.length > 0) {
    console.log(`${problems.length} problems:\n  ${problems.slice(0, 200).join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  if (existsSync(LABELS) && !force) {
    console.log(
      'labels.json is frozen: change a label only with a written reason (README changelog), then --force',
    );
    process.exitCode = 1;
    return;
  }
  writeLines(LABELS, labels);
  console.log(summary(labels));
}

function cmdCheck(): void {
  const { labels, problems } = freezeLabels();
  const frozen = readJson<FrozenLabel[]>(LABELS, []);
  const a = JSON.stringify(frozen);
  const b = JSON.stringify(labels);
  console.log(summary(labels));
  console.log(problems.length === 0 ? 'review complete' : `${problems.length} review problems`);
  console.log(
    a === b ? 'labels.json matches the rules and the review' : 'labels.json differs from rules + review',
  );
  if (problems.length > 0 || a !== b) process.exitCode = 1;
}

function main(): void {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'select') cmdSelect();
  else if (cmd === 'sheet') cmdSheet(args[0]);
  else if (cmd === 'show') cmdShow(args);
  else if (cmd === 'freeze') cmdFreeze(args.includes('--force'));
  else if (cmd === 'check') cmdCheck();
  else console.log('usage: build.ts select | sheet [category] | show <id>... | freeze [--force] | check');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
