/**
 * Loads the real ingredient lists from ../shared/data/products (relative to the repo root) for the
 * benchmark, the evaluation and the corpus test. Falls back to the small bundled sample in
 * tests/fixtures/ingredients when that folder is absent (a plain clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSavedPage } from './read-page';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const productsDir = path.join(sharedDir, 'data', 'products');
export const pagesDir = path.join(sharedDir, 'data', 'pages');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'ingredients');
const shopFixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'shops');

export interface ProductContext {
  /** Product name as the source gives it (trimmed to 100 characters). */
  name?: string;
  /** Shop category or product type, when the source has one ("Moisturiser", "Skincare > Cleansers"). */
  category?: string;
}

export interface CorpusList {
  /** "<file>#<row>" (products), "pages/<path>" (saved shop pages), "shops/<shop>/<slug>" (shop fixtures) */
  id: string;
  text: string;
  context?: ProductContext;
}

function short(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 100) : undefined;
}

function ctx(name: string | undefined, category?: string): ProductContext | undefined {
  const c: ProductContext = {};
  const n = short(name);
  const k = short(category);
  if (n) c.name = n;
  if (k) c.category = k;
  return n || k ? c : undefined;
}

/** "['Skincare', 'Moisturizers']" or ["Skincare", "Moisturizers"] (Sephora CA) -> "Skincare > Moisturizers". */
function categoryPath(c: unknown): string | undefined {
  if (Array.isArray(c)) return c.filter((x) => typeof x === 'string').join(' > ');
  if (typeof c !== 'string') return undefined;
  const parts = [...c.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  return parts.length > 0 ? parts.join(' > ') : c;
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
/** Product name and category columns, first present wins (see ../shared/data/SOURCES.md for each file). */
const NAME_COLUMNS = ['product_name', 'name', 'Name', 'short_product_name'];
const CATEGORY_COLUMNS = ['product_type', 'Label'];

function listsFromCsv(file: string, rel: string): CorpusList[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const out: CorpusList[] = [];
  if (rel.includes('skincareapi_seed')) {
    // brand, product_name, then one ingredient per column (ragged)
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r]!.slice(2).filter((c) => c.trim().length > 0);
      const context = ctx(rows[r]![1]);
      if (cells.length > 0)
        out.push({ id: `${rel}#${r}`, text: cells.join(', '), ...(context && { context }) });
    }
    return out;
  }
  const first = (names: string[]) => names.map((c) => header.indexOf(c)).find((k) => k >= 0);
  const col = first(TEXT_COLUMNS);
  if (col === undefined) return out;
  const nameCol = first(NAME_COLUMNS);
  const catCol = first(CATEGORY_COLUMNS);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const text = row[col] ?? '';
    const context = ctx(
      nameCol === undefined ? undefined : row[nameCol],
      catCol === undefined ? undefined : row[catCol],
    );
    if (text.trim().length > 0) out.push({ id: `${rel}#${r}`, text, ...(context && { context }) });
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
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        ingredients?: unknown;
        product_name?: string;
        categories?: unknown;
      }[];
      data.forEach((x, k) => {
        if (typeof x.ingredients === 'string' && x.ingredients.trim().length > 0) {
          const context = ctx(x.product_name, categoryPath(x.categories));
          out.push({ id: `${rel}#${k}`, text: x.ingredients, ...(context && { context }) });
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

interface ShopFixture {
  url: string;
  found: boolean;
  text: string | null;
  verified?: boolean;
}

/** "https://www.boots.com/la-roche-posay-vitamin-c12-serum-30ml-10351281" -> "la roche posay vitamin c12 serum 30ml". */
function nameFromUrl(url: string): string | undefined {
  const slug = new URL(url).pathname
    .split('/')
    .filter((p) => p.includes('-') && /[a-z]{3}/i.test(p) && !/^[a-z]{2}-[a-z]{2}$/i.test(p))
    .pop();
  return slug
    ?.replace(/\.html?$/, '')
    .replace(/-(?:p?\d{5,}|[a-z]{0,7}\d{6,})$/i, '')
    .replace(/-/g, ' ');
}

/**
 * The lists of the trimmed shop fixtures (tests/fixtures/shops/<shop>/<slug>.json) that are reconstructed
 * pages; the verified ones are copies of the saved real pages and come from loadPageLists() instead.
 */
export function loadShopFixtureLists(): CorpusList[] {
  const out: CorpusList[] = [];
  for (const shop of readdirSync(shopFixturesDir).sort()) {
    const dir = path.join(shopFixturesDir, shop);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.json')) continue;
      const fx = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ShopFixture;
      if (!fx.found || !fx.text || fx.verified) continue;
      const context = ctx(nameFromUrl(fx.url));
      out.push({
        id: `shops/${shop}/${f.replace(/\.json$/, '')}`,
        text: fx.text,
        ...(context && { context }),
      });
    }
  }
  return out;
}

function htmlTitle(html: string): string | undefined {
  const og = /<meta[^>]+property="og:title"[^>]+content="([^"]*)"/i.exec(html)?.[1];
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  return (og ?? title)?.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'");
}

/**
 * The ingredient lists in the saved real pages of ../shared/data/pages, or null when that folder is absent:
 * HTML pages through the extension's own shop readers (as tests/fixtures/saved-pages.json pairs them with a
 * URL), the dm.de product API JSON ("Inhaltsstoffe" group) and the Sephora product API JSON (current SKU).
 */
export function loadPageLists(): CorpusList[] | null {
  if (!existsSync(pagesDir)) return null;
  const out: CorpusList[] = [];
  const index = JSON.parse(
    readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'saved-pages.json'), 'utf8'),
  ) as {
    pages: { saved: string; fixture: string }[];
  };
  for (const p of index.pages) {
    const fx = JSON.parse(readFileSync(path.join(shopFixturesDir, p.fixture), 'utf8')) as ShopFixture;
    const html = readFileSync(path.join(pagesDir, p.saved), 'utf8');
    const r = readSavedPage(html, fx.url);
    const context = ctx(htmlTitle(html) ?? nameFromUrl(fx.url));
    if (r.found && r.text) out.push({ id: `pages/${p.saved}`, text: r.text, ...(context && { context }) });
  }
  for (const rel of walk(pagesDir).map((f) => path.relative(pagesDir, f))) {
    if (/(?:^|\/)product-api\.json$/.test(rel)) {
      const d = JSON.parse(readFileSync(path.join(pagesDir, rel), 'utf8')) as {
        title?: { headline?: string };
        breadcrumbs?: string[];
        descriptionGroups?: { header?: string; contentBlock?: { texts?: string[] }[] }[];
      };
      const group = d.descriptionGroups?.find((g) => g.header === 'Inhaltsstoffe');
      const text = group?.contentBlock?.flatMap((b) => b.texts ?? []).join('\n');
      const context = ctx(d.title?.headline, d.breadcrumbs?.join(' > '));
      if (text) out.push({ id: `pages/${rel}`, text, ...(context && { context }) });
    } else if (rel.startsWith('sephora_api/') && rel.endsWith('.json')) {
      const d = JSON.parse(readFileSync(path.join(pagesDir, rel), 'utf8')) as {
        currentSku?: { ingredientDesc?: string };
        productDetails?: { displayName?: string };
        parentCategory?: { displayName?: string };
      };
      const text = d.currentSku?.ingredientDesc;
      const context = ctx(d.productDetails?.displayName, d.parentCategory?.displayName);
      if (text) out.push({ id: `pages/${rel}`, text, ...(context && { context }) });
    }
  }
  return out;
}

/** One entry of tests/fixtures/ingredients/labels.json (see its README, "The independent set"). */
export interface FrozenLabel {
  id: string;
  /** Source file under ../shared/data/products, or "pages" / "shops". */
  source: string;
  /** Why the list was drawn (scripts/label/select.ts). */
  stratum: string;
  /** Categories that must produce a high or low finding. */
  categories: string[];
  /** The ingredient text (as written, at most 120 characters) behind each category. */
  evidence: Record<string, string[]>;
  /** Categories excluded from scoring for this list. */
  undecided: string[];
  context?: ProductContext;
  /** The field holds no INCI list (page prose, claims): it must stay quiet. */
  noList?: true;
}

export interface LabelledEntry extends FrozenLabel {
  text: string;
}

export const labelsPath = path.join(fixturesDir, 'labels.json');

export function loadFrozenLabels(): FrozenLabel[] {
  return JSON.parse(readFileSync(labelsPath, 'utf8')) as FrozenLabel[];
}

/**
 * The independent development set: the frozen labels joined with their texts from ../shared (which are
 * third-party and not committed). Null when ../shared is absent; throws when a labelled list is no longer
 * there, because a silently smaller set would score as if nothing had changed.
 */
export function loadLabelledSet(): LabelledEntry[] | null {
  const shared = loadSharedCorpus();
  const pages = loadPageLists();
  if (!shared || !pages) return null;
  const texts = new Map<string, string>();
  for (const l of [...shared, ...pages, ...loadShopFixtureLists()]) texts.set(l.id, l.text);
  return loadFrozenLabels().map((label) => {
    const text = texts.get(label.id);
    if (text === undefined) throw new Error(`labelled list ${label.id} is not in ../shared any more`);
    return { ...label, text };
  });
}
