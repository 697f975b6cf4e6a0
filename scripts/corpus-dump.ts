/**
 * Runs the engine over every list of the corpus (../shared/data/products, or the bundled sample) and
 * writes one JSON line per list: {id, lists, findings, checked}: the whole analysis. Two dumps diffed line by line show
 * exactly which lists a change of the engine moves (a pure restructuring must give an empty diff).
 *
 *   npx tsx scripts/corpus-dump.ts > before.jsonl
 */
import { analyze } from '../src/ingredients/index';
import { loadCorpus } from './lib/corpus';

const { lists } = loadCorpus();
const out: string[] = [];
for (const l of lists) {
  out.push(JSON.stringify({ id: l.id, ...analyze(l.text) }));
}
process.stdout.write(`${out.join('\n')}\n`);
