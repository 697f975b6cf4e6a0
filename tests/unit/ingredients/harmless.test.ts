/** harmless.json: generated data, in the format the generator writes, without the artifacts it removes. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  GENERATED,
  HARMLESS_FILE,
  isProse,
  LOAD_BEARING,
  refreshedFile,
  serialize,
  type HarmlessFile,
} from '../../../scripts/gen-harmless';
import { loadSharedCorpus, productsDir } from '../../../scripts/lib/corpus';
import { matchPattern } from '../../../src/ingredients/families';
import { HARMLESS } from '../../../src/ingredients/harmless';
import { normalizeName, tokensOf } from '../../../src/ingredients/normalize';
import { RULES } from '../../../src/ingredients/rules';

const text = readFileSync(HARMLESS_FILE, 'utf8');
const file = JSON.parse(text) as HarmlessFile;

describe('harmless.json', () => {
  test('says it is generated, by which script, from what, with which cut-off', () => {
    expect(Object.keys(file)).toEqual(['generated', 'input', 'cutoff', 'names']);
    expect(file.generated).toBe(GENERATED);
    expect(file.input).toMatch(
      /^the product-list corpus, docs\/sources\.md#harmless-name-list \(\d+ lists\); /,
    );
    expect(file.cutoff).toEqual({ minLists: 3, top: 4000 });
    expect(text, 'format it with serialize(): run `npx tsx scripts/gen-harmless.ts`').toBe(serialize(file));
  });

  test('is what the engine reads', () => {
    expect(HARMLESS).toEqual(file.names);
  });

  test('holds unique, normalized names, at most `top` of them', () => {
    expect(file.names.length).toBeGreaterThan(3000);
    expect(file.names.length).toBeLessThanOrEqual(file.cutoff.top);
    expect(new Set(file.names).size).toBe(file.names.length);
    for (const n of file.names) expect(normalizeName(n), n).toBe(n);
  });

  test('no name is claimed by a rule or a family pattern', () => {
    const irritants = new Set(RULES.flatMap((r) => [r.canonical, ...r.names]).map(normalizeName));
    for (const n of file.names) {
      expect(irritants.has(n), `${n} is a rule name: drop it from the vocabulary`).toBe(false);
    }
    // "camphor bark oil" is harmless since the first build, before "camphor" joined the essential-oil common
    // names (families.ts); dropping it would start flagging it: a behaviour change, left for its own issue.
    expect(file.names.filter((n) => matchPattern(tokensOf(n)) !== null)).toEqual(['camphor bark oil']);
  });

  test('no prose and no name glued after a percentage, apart from the load-bearing ones', () => {
    for (const n of file.names.filter(isProse)) {
      expect(Object.hasOwn(LOAD_BEARING, n), `"${n}" is prose: run the generator`).toBe(true);
    }
    expect(file.names).not.toContain('zinc oxide water'); // "Zinc Oxide 4.0%Water"
  });

  test('every load-bearing artifact is still in the file (otherwise drop it from LOAD_BEARING)', () => {
    for (const n of Object.keys(LOAD_BEARING)) expect(file.names, n).toContain(n);
  });

  // One parse of every corpus list (the evidence the artifact rules need): about as long as corpus.test.ts.
  test.skipIf(!existsSync(productsDir))(
    'is exactly what a refresh writes from ../shared/data/products (no artifact left to drop)',
    { timeout: 120_000 },
    () => {
      expect(refreshedFile(loadSharedCorpus()!, file)).toEqual(file);
    },
  );
});
