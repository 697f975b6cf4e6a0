/**
 * Loads the real ingredient lists from ../shared/data/products (relative to the repo root) for the
 * benchmark, the evaluation and the corpus test. Falls back to the small bundled sample in
 * tests/fixtures/ingredients when that folder is absent (a plain clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const productsDir = path.join(sharedDir, 'data', 'products');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'ingredients');

export interface CorpusList {
  /** "<file>#<row>" */
  id: string;
  text: string;
}

/** RFC 4180-ish CSV: quoted fields, doubled quotes, newlines inside quotes, BOM, ragged rows. */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.length === 0) quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const TEXT_COLUMNS = ['ingredients', 'Ingredients', 'clean_ingreds', 'incide_ingredients'];

function listsFromCsv(file: string, rel: string): CorpusList[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const out: CorpusList[] = [];
  if (rel.includes('skincareapi_seed')) {
    // brand, product_name, then one ingredient per column (ragged)
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r]!.slice(2).filter((c) => c.trim().length > 0);
      if (cells.length > 0) out.push({ id: `${rel}#${r}`, text: cells.join(', ') });
    }
    return out;
  }
  const col = TEXT_COLUMNS.map((c) => header.indexOf(c)).find((k) => k >= 0);
  if (col === undefined) return out;
  for (let r = 1; r < rows.length; r++) {
    const text = rows[r]![col] ?? '';
    if (text.trim().length > 0) out.push({ id: `${rel}#${r}`, text });
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

/** Every list in ../shared/data/products, or null when that folder is absent. */
export function loadSharedCorpus(): CorpusList[] | null {
  if (!existsSync(productsDir)) return null;
  const out: CorpusList[] = [];
  for (const file of walk(productsDir)) {
    const rel = path.relative(productsDir, file);
    if (rel.includes('failed_extraction')) continue; // scraper junk, used only by robustness tests
    if (file.endsWith('.csv')) out.push(...listsFromCsv(file, rel));
    else if (file.endsWith('.json')) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { ingredients?: unknown }[];
      data.forEach((x, k) => {
        if (typeof x.ingredients === 'string' && x.ingredients.trim().length > 0) {
          out.push({ id: `${rel}#${k}`, text: x.ingredients });
        }
      });
    }
  }
  return out;
}

export interface LabelledList extends CorpusList {
  /** Categories with at least one high or low finding (see tests/fixtures/ingredients/README.md). */
  labels: string[];
}

/** The bundled, trimmed, labelled development set (always present; also the corpus sample). */
export function loadDevSet(): LabelledList[] {
  const p = path.join(fixturesDir, 'dev-set.json');
  if (!existsSync(p)) return [];
  return JSON.parse(readFileSync(p, 'utf8')) as LabelledList[];
}

/** The bundled sample (the development set's texts). */
export function loadSample(): CorpusList[] {
  return loadDevSet().map(({ id, text }) => ({ id, text }));
}

/** The shared corpus when present, else the bundled sample. */
export function loadCorpus(): { lists: CorpusList[]; source: 'shared' | 'sample' } {
  const shared = loadSharedCorpus();
  return shared ? { lists: shared, source: 'shared' } : { lists: loadSample(), source: 'sample' };
}
