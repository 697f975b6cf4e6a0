/**
 * The I/O floor of the JSONL path (issue 9 item 7): the least any checker must do per line, with none of the
 * engine's parsing or matching. Parse the JSON line, split the text at commas, semicolons, bullets and
 * newlines, normalise each piece (lower case, non-alphanumeric runs to one space), look it up in a hash set of
 * the known names, write the answer as a JSON line. Timed over the same corpus and the same lines as
 * `bench.ts --jsonl`, in two passes: cold (the first, in a fresh process) and warm (the same lines again).
 *
 *   npx tsx scripts/bench-floor.ts [--json]
 *
 * `bench.ts --jsonl` runs this in a child process of the same kind (node with the same loader flags), so both
 * cold passes are a fresh process's first pass, and prints the engine / floor ratio.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, repoRoot } from './lib/corpus';

export interface FloorPass {
  lists: number;
  totalMs: number;
  meanUs: number;
  medianUs: number;
}

const SEPARATORS = /[,;\n\u2022]/;
const NON_ALNUM = /[^a-z0-9]+/g;

/** One JSONL line -> one JSON answer line: the floor's whole job. */
export function floorLine(line: string, known: ReadonlySet<string>): string {
  const rec = JSON.parse(line) as { id?: unknown; text?: unknown };
  const text = typeof rec.text === 'string' ? rec.text : '';
  const hits: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const n = piece.toLowerCase().replace(NON_ALNUM, ' ').trim();
    if (n.length > 0 && known.has(n)) hits.push(n);
  }
  return JSON.stringify({ id: rec.id ?? null, hits });
}

function pass(lines: readonly string[], known: ReadonlySet<string>): FloorPass {
  const us: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const line of lines) {
    const a = performance.now();
    bytes += floorLine(line, known).length;
    us.push((performance.now() - a) * 1000);
  }
  const totalMs = performance.now() - t0;
  if (bytes === 0) throw new Error('the floor wrote nothing');
  const sorted = [...us].sort((x, y) => x - y);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    lists: lines.length,
    totalMs: r(totalMs),
    meanUs: r((totalMs * 1000) / Math.max(1, lines.length)),
    medianUs: r(sorted[Math.floor(sorted.length / 2)] ?? 0),
  };
}

export function runFloor(): { source: string; cold: FloorPass; warm: FloorPass; knownNames: number } {
  const { lists, source } = loadCorpus();
  // the same input lines as bench.ts --jsonl, made before the clock starts
  const lines = lists.map((l) => JSON.stringify({ id: l.id, text: l.text }));
  // the known names: the engine's harmless vocabulary file, read as data (no engine code is loaded)
  const file = JSON.parse(readFileSync(path.join(repoRoot, 'src/ingredients/harmless.json'), 'utf8')) as {
    names: string[];
  };
  const known = new Set(file.names);
  const cold = pass(lines, known);
  const warm = pass(lines, known);
  return { source, cold, warm, knownNames: known.size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = runFloor();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else {
    console.log(`I/O floor (parse JSON, split, normalise, hash lookup, write JSON): corpus ${r.source}`);
    for (const [name, p] of [
      ['cold', r.cold],
      ['warm', r.warm],
    ] as const)
      console.log(
        `  ${name}: ${p.lists} lists in ${p.totalMs} ms, mean ${p.meanUs} us/list, median ${p.medianUs} us`,
      );
  }
}
