/**
 * Benchmark: analyze() over every real list in ../shared/data/products (or the bundled sample when that
 * folder is absent), in a cold and a steady pass, plus a naive fuse.js baseline on a subset for the ratio
 * (against the steady pass: the baseline has no cache, and its fuse.search is compiled after a few lists).
 *
 *   npm run bench [-- --subset-every 20] [-- --jsonl]
 *
 * --jsonl times the command-line batch path instead of analyze() alone: one `{"id","text"}` line in,
 * one `{"id","findings"}` line out per list (scripts/check.ts jsonlLine: JSON parse, analyze, JSON out),
 * and compares it with the I/O floor (scripts/bench-floor.ts), run first in a fresh child process of the
 * same kind: engine / floor, cold pass against cold pass and warm against warm (issue 9 item 7).
 *
 * Prints a table and writes bench-results/ingredients-<timestamp>.json (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { analyze, clearCaches, parse, RULES } from '../src/ingredients/index';
import { normalizeChars } from '../src/ingredients/parse/clean';
import { splitPieces } from '../src/ingredients/parse/split';
import { getMatcher } from '../src/ingredients/match';
import { getVocab } from '../src/ingredients/vocab';
import { FUSE_OPTIONS } from '../src/ingredients/match/fuzzy';
import type { FloorPass } from './bench-floor';
import { clearJsonlAnswers, jsonlLine } from './check';
import { loadCorpus, repoRoot } from './lib/corpus';

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summarize(us: number[]) {
  const s = [...us].sort((a, b) => a - b);
  const total = us.reduce((a, b) => a + b, 0);
  return {
    lists: us.length,
    listsPerSecond: Math.round(us.length / (total / 1e6)),
    medianUs: round(quantile(s, 0.5)),
    p99Us: round(quantile(s, 0.99)),
    maxUs: round(s[s.length - 1] ?? 0),
    over5ms: s.filter((x) => x > 5000).length,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

const every = (() => {
  const i = process.argv.indexOf('--subset-every');
  return i >= 0 ? Math.max(1, Number(process.argv[i + 1])) : 20;
})();

const jsonl = process.argv.includes('--jsonl');
// The floor first, in its own fresh process (same node, same loader flags): its cold pass is as cold as ours.
const floor = jsonl
  ? (JSON.parse(
      execFileSync(
        process.execPath,
        [...process.execArgv, path.join(repoRoot, 'scripts/bench-floor.ts'), '--json'],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      ),
    ) as { cold: FloorPass; warm: FloorPass })
  : null;
const { lists, source } = loadCorpus();
// batch mode input: the lines exist before the clock starts, as they do when piped in
const lines = jsonl ? lists.map((l) => JSON.stringify({ id: l.id, text: l.text })) : [];
const rssStart = process.memoryUsage().rss;
let peakRss = rssStart;
let peakHeap = process.memoryUsage().heapUsed;
const sample = () => {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
};

// The start-up split (issue 13 item 4): the vocabulary, the matcher as a first list builds it, every
// index (typo tables, fuse.js), then the result caches emptied (what warmUp() does, split in its two steps).
const t0 = performance.now();
getVocab();
const tVocab = performance.now();
getMatcher();
const tMatcher = performance.now();
getMatcher().warm();
const tIndexes = performance.now();
clearCaches();
const startupMs = performance.now() - t0;
const startupSplit = {
  vocabularyMs: round(tVocab - t0),
  matcherMs: round(tMatcher - tVocab),
  indexesMs: round(tIndexes - tMatcher),
  cacheResetMs: round(performance.now() - tIndexes),
};

// --- engine, whole corpus, three timed passes in the same run:
//  1. cold: the first pass after start-up, while V8 is still compiling the engine (what the first pages a
//     fresh background sees);
//  2. steady: the same lists again with every cache emptied first, so no list is answered from a cache,
//     but the code is compiled (what every later page sees). The targets are quoted for both.
function enginePass() {
  const us: number[] = [];
  let exceptions = 0;
  let findings = 0;
  let slowest = { id: '', us: 0 };
  for (let i = 0; i < lists.length; i++) {
    const l = lists[i]!;
    const a = performance.now();
    try {
      if (jsonl) {
        const out = jsonlLine(lines[i]!, {});
        if (out.includes(',"error":')) exceptions++;
      } else findings += analyze(l.text).findings.length;
    } catch {
      exceptions++;
    }
    const t = (performance.now() - a) * 1000;
    us.push(t);
    if (t > slowest.us) slowest = { id: l.id, us: round(t) };
    if (i % 500 === 0) sample();
  }
  sample();
  return { us, exceptions, findings, slowest };
}
const tCold = performance.now();
const cold = enginePass();
const coldMs = performance.now() - tCold;
clearCaches();
clearJsonlAnswers();
const tSteady = performance.now();
const steady = enginePass();
const steadyMs = performance.now() - tSteady;
// 3. warm: the same lists once more with every cache full (what repeats cost): cold - steady is about the
//    compiler's warm-up, steady - warm the first reading of each distinct piece and name
// (the batch's own answers by text are emptied: a warm pass served from them would time lookups, not the engine)
clearJsonlAnswers();
const tWarm = performance.now();
enginePass();
const warmMs = performance.now() - tWarm;
// 4. the engine's mechanics alone (--jsonl only), what any engine built on them pays before it reasons about a
//    single name: parse the line, the one character scan (normalizeChars), the splitter (splitPieces), one
//    Map look-up of each piece, and the engine's real answer written as JSON (its findings taken from the warm
//    pass, before the clock). Compiled and warm, so it is set against the floor's warm pass: a lower bound
//    for the warm engine, without any cleaning rule, item parsing, matching or severity.
let mechanicsMs = 0;
if (jsonl) {
  const answerFindings = lines.map((l) => (JSON.parse(jsonlLine(l, {})) as { findings: unknown }).findings);
  const seen = new Map<string, number>();
  let hits = 0;
  const sink = {
    full: false,
    piece(text: string) {
      if (seen.get(text) === undefined) seen.set(text, seen.size);
      else hits++;
    },
  };
  let bytes = 0;
  const tm = performance.now();
  for (let i = 0; i < lines.length; i++) {
    const rec = JSON.parse(lines[i]!) as { id: unknown; text: string };
    splitPieces(normalizeChars(rec.text), sink);
    bytes += `{"id":${JSON.stringify(rec.id)},"findings":${JSON.stringify(answerFindings[i])}}`.length;
  }
  mechanicsMs = performance.now() - tm;
  if (bytes === 0 || hits === 0) throw new Error('the mechanics pass read nothing');
}
const { exceptions, findings, slowest } = cold;
const engineUs = cold.us;

const matcherStats = { ...getMatcher().stats };

// --- lists over 5 ms, timed again alone with every cache emptied first (their own cold cost, without
// the machine's other load, garbage collection or compilation that happened to land on them in the
// pass); best of three such cold runs
const retimed: { id: string; firstUs: number; coldUs: number }[] = [];
for (let i = 0; i < lists.length; i++) {
  if (engineUs[i]! <= 5000) continue;
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    clearCaches();
    clearJsonlAnswers();
    const a = performance.now();
    try {
      if (jsonl) jsonlLine(lines[i]!, {});
      else analyze(lists[i]!.text);
    } catch {
      // counted above
    }
    best = Math.min(best, (performance.now() - a) * 1000);
  }
  retimed.push({ id: lists[i]!.id, firstUs: round(engineUs[i]!), coldUs: round(best) });
}
const stillOver = retimed.filter((r) => r.coldUs > 5000);

// --- naive baseline on a subset: every item fuzzy-searched against all rule names, no exact lookup, no cache
const ruleNames = RULES.flatMap((r) => [r.canonical, ...r.names]).map((name) => ({ name }));
const naive = new Fuse(ruleNames, FUSE_OPTIONS);
// (not in --jsonl mode: the plain run of `npm run bench` measures it, and it is minutes of fuse.search)
const subset = jsonl ? [] : lists.filter((_, i) => i % every === 0);
const naiveUs: number[] = [];
const engineSubsetUs: number[] = [];
for (let i = 0; i < lists.length; i += every) engineSubsetUs.push(steady.us[i]!);
for (const l of subset) {
  const a = performance.now();
  try {
    for (const sub of parse(l.text)) for (const item of sub.items) naive.search(item.name, { limit: 1 });
  } catch {
    // counted for the engine only
  }
  naiveUs.push((performance.now() - a) * 1000);
}
sample();

const engine = summarize(engineUs);
const engineSteady = summarize(steady.us);
const engineSubset = summarize(engineSubsetUs);
const naiveSum = summarize(naiveUs);
const ratio = round(naiveSum.medianUs / Math.max(0.001, engineSubset.medianUs));
const result = {
  date: new Date().toISOString(),
  corpus: source,
  mode: jsonl ? 'jsonl' : 'analyze',
  startupMs: round(startupMs),
  startupSplit,
  engine: { ...engine, exceptions, findings, slowest },
  engineSteady: { ...engineSteady, exceptions: steady.exceptions, slowest: steady.slowest },
  over5msRetimedCold: { count: retimed.length, stillOver5ms: stillOver.length, lists: retimed },
  naiveBaseline: { subsetEvery: every, ...naiveSum },
  engineOnSubset: engineSubset,
  ratioOfMedians: ratio,
  ...(floor && {
    floor,
    engineTotalMs: { cold: round(coldMs), steady: round(steadyMs), warm: round(warmMs) },
    mechanicsMs: round(mechanicsMs),
    // whole-corpus cost, engine pass / floor pass; the cold one also with the engine's start-up added
    floorRatio: {
      cold: round(coldMs / floor.cold.totalMs),
      coldWithStartup: round((coldMs + startupMs) / floor.cold.totalMs),
      steady: round(steadyMs / floor.warm.totalMs),
      warm: round(warmMs / floor.warm.totalMs),
      mechanics: round(mechanicsMs / floor.warm.totalMs),
    },
  }),
  memory: {
    rssStartMB: round(rssStart / 2 ** 20),
    peakRssMB: round(peakRss / 2 ** 20),
    peakHeapMB: round(peakHeap / 2 ** 20),
  },
  matcher: matcherStats,
  node: process.version,
};

const row = (name: string, s: ReturnType<typeof summarize>) =>
  `${name.padEnd(26)} ${String(s.lists).padStart(7)} ${String(s.listsPerSecond).padStart(9)} ${String(s.medianUs).padStart(9)} ${String(s.p99Us).padStart(9)} ${String(s.maxUs).padStart(10)}`;
console.log(`corpus: ${source} (${lists.length} lists), index start-up ${result.startupMs} ms`);
console.log(
  `  start-up split (ms): vocabulary ${startupSplit.vocabularyMs}, matcher ${startupSplit.matcherMs}, ` +
    `every index ${startupSplit.indexesMs}, cache reset ${startupSplit.cacheResetMs}`,
);
console.log(
  `${'run'.padEnd(26)} ${'lists'.padStart(7)} ${'lists/s'.padStart(9)} ${'median us'.padStart(9)} ${'p99 us'.padStart(9)} ${'max us'.padStart(10)}`,
);
console.log(row(jsonl ? 'cold: --jsonl (all lists)' : 'cold: engine (all lists)', engine));
console.log(row(jsonl ? 'steady: --jsonl (all lists)' : 'steady: engine (all lists)', engineSteady));
console.log(row(`steady: engine (1/${every})`, engineSubset));
if (!jsonl) {
  console.log(row(`naive fuse (subset 1/${every})`, naiveSum));
  console.log(`ratio of medians (naive / engine): ${ratio}x`);
}
if (floor && result.floorRatio) {
  console.log(
    `I/O floor (scripts/bench-floor.ts, fresh process): cold ${floor.cold.totalMs} ms, warm ${floor.warm.totalMs} ms; ` +
      `--jsonl cold ${round(coldMs)} ms, steady ${round(steadyMs)} ms, warm ${round(warmMs)} ms`,
  );
  console.log(
    `engine / floor: cold ${result.floorRatio.cold}x (${result.floorRatio.coldWithStartup}x with the ${result.startupMs} ms start-up), ` +
      `steady ${result.floorRatio.steady}x, warm ${result.floorRatio.warm}x (steady and warm against the floor's warm pass)`,
  );
  console.log(
    `  the cold pass: compiler warm-up about ${round(coldMs - steadyMs)} ms (cold - steady), first reading of ` +
      `each distinct piece and name about ${round(steadyMs - warmMs)} ms (steady - warm), the rest ${round(warmMs)} ms`,
  );
  console.log(
    `  the mechanics alone (parse the line, normalizeChars, splitPieces, one Map look-up a piece, the real answer ` +
      `written): ${round(mechanicsMs)} ms warm, ${result.floorRatio.mechanics}x the floor's warm pass`,
  );
}
console.log(
  `lists over 5 ms: cold ${engine.over5ms} (slowest ${slowest.id} ${slowest.us} us), ` +
    `steady ${engineSteady.over5ms} (slowest ${steady.slowest.id} ${steady.slowest.us} us)`,
);
console.log(
  `  re-timed alone, caches emptied (best of 3): ${stillOver.length} still over 5 ms` +
    (retimed.length > 0 ? ` (slowest ${Math.max(...retimed.map((r) => r.coldUs))} us)` : ''),
);
console.log(
  `exceptions: ${exceptions + steady.exceptions}; findings: ${jsonl ? '(not counted in --jsonl mode)' : findings}`,
);
console.log(
  `memory: rss start ${result.memory.rssStartMB} MB, peak rss ${result.memory.peakRssMB} MB, peak heap ${result.memory.peakHeapMB} MB`,
);
console.log(`matcher: ${JSON.stringify(result.matcher)}`);

const dir = path.join(repoRoot, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `ingredients-${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${path.relative(repoRoot, file)}`);
