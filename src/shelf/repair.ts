/**
 * The shelf as stored: field-by-field repair (one bad product never blanks the list, one bad field never drops
 * a product that still has its list), the version and its migrations, the pure edits the pages make, and the
 * `shelf` section of the export file. No `browser` here: src/storage.ts binds it to the storage item.
 */
import type { ProductKind } from '../ingredients/types';
import {
  MAX_CATEGORY,
  MAX_PRODUCT_NAME,
  MAX_PRODUCT_TEXT,
  MAX_PRODUCT_URL,
  MAX_SHELF_PRODUCTS,
  MAX_SHOP_NAME,
} from './limits';
import type { ShelfDraft, ShelfProduct } from './types';
import { MIN_INSTANT } from '../recovery/limits';
import { isInstant, type ImportError, type RepairCode } from '../settings';

/**
 * v1 is the first shape (an array of ShelfProduct). No migration exists yet; the map is here so the next
 * shape change adds one keyed by the version it produces, as settingsMigrations does.
 */
export const SHELF_VERSION = 1;
export const shelfMigrations: Record<number, (old: unknown) => unknown> = {};

const PRODUCT_KINDS: readonly ProductKind[] = ['makeup', 'scrub', 'rinse-off', 'device', 'supplement'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Repaired value and what was repaired, as repair codes (src/settings.ts RepairCode) that the options page
 * words in the user's language (src/ui/repair-text.ts): `shelf:not-a-list`, `shelf:product:<n>` (a damaged
 * detail of the n-th product reset), `shelf:no-list:<count>`, `shelf:over-cap:<count>`.
 */
export interface ShelfRepair {
  value: ShelfProduct[];
  repaired: RepairCode[];
}

const ID = /^[a-z0-9-]{1,40}$/;

function validUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > MAX_PRODUCT_URL) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

const shortText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A text field trimmed to one line (names and shops are shown on one line and read aloud). */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Keeps every product that still has an ingredient list; a bad optional field falls back on its own (name to
 * empty, shop / url / category to null, kinds to the valid ones, addedAt to 0) and is named. A product without
 * a usable list (missing, empty, longer than MAX_PRODUCT_TEXT) is removed and counted; so are the products
 * beyond MAX_SHELF_PRODUCTS (the first ones kept, in the stored order, which is the order they were added).
 */
export function repairShelf(raw: unknown): ShelfRepair {
  if (raw === null || raw === undefined) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['shelf:not-a-list'] };
  const value: ShelfProduct[] = [];
  const repaired: RepairCode[] = [];
  const ids = new Set<string>();
  let noList = 0;
  let overCap = 0;
  raw.forEach((p: unknown, i) => {
    if (!isObject(p) || typeof p.text !== 'string' || !p.text.trim() || p.text.length > MAX_PRODUCT_TEXT) {
      noList++;
      return;
    }
    if (value.length >= MAX_SHELF_PRODUCTS) {
      overCap++;
      return;
    }
    const fields: string[] = [];
    const field = <T>(name: string, ok: boolean, v: T, fallback: T): T => {
      if (ok) return v;
      if (p[name] !== undefined) fields.push(name);
      return fallback;
    };
    let id = typeof p.id === 'string' && ID.test(p.id) && !ids.has(p.id) ? p.id : null;
    if (id === null) {
      if (p.id !== undefined) fields.push('id');
      id = freeId(ids, `r${i.toString(36)}`);
    }
    ids.add(id);
    const kinds = Array.isArray(p.kinds)
      ? [...new Set(p.kinds.filter((k): k is ProductKind => PRODUCT_KINDS.includes(k as ProductKind)))]
      : [];
    const product: ShelfProduct = {
      id,
      name: oneLine(field('name', shortText(p.name, MAX_PRODUCT_NAME), p.name as string, '')),
      shop: field(
        'shop',
        p.shop === null || shortText(p.shop, MAX_SHOP_NAME),
        (p.shop as string) ?? null,
        null,
      ),
      url: field('url', p.url === null || validUrl(p.url), (p.url as string) ?? null, null),
      text: p.text,
      addedAt: field(
        'addedAt',
        // Bounded like every stored instant (src/settings.ts): out of range, Intl throws and a page blanks.
        isInstant(p.addedAt),
        p.addedAt as number,
        MIN_INSTANT,
      ),
      category: field(
        'category',
        p.category === null || shortText(p.category, MAX_CATEGORY),
        (p.category as string) ?? null,
        null,
      ),
      kinds,
    };
    if (p.kinds !== undefined && (!Array.isArray(p.kinds) || kinds.length !== p.kinds.length))
      fields.push('kinds');
    value.push(product);
    if (fields.length) repaired.push(`shelf:product:${i + 1}`);
  });
  if (noList) repaired.push(`shelf:no-list:${noList}`);
  if (overCap) repaired.push(`shelf:over-cap:${overCap}`);
  return { value, repaired };
}

function freeId(taken: ReadonlySet<string>, base: string): string {
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}-${n.toString(36)}`;
  return id;
}

/** A new id, unique on `shelf`: the time in base 36 (ids stay short and sort by age). */
export function newProductId(shelf: readonly ShelfProduct[], now: number): string {
  return freeId(new Set(shelf.map((p) => p.id)), `p${Math.max(0, Math.floor(now)).toString(36)}`);
}

export type AddResult =
  | { ok: true; shelf: ShelfProduct[]; product: ShelfProduct }
  | { ok: false; reason: 'full' | 'too-long' | 'empty' }
  | { ok: false; reason: 'already'; product: ShelfProduct };

/**
 * `shelf` with `draft` added at the end, or why not: the shelf is full (MAX_SHELF_PRODUCTS), the list is
 * empty or longer than MAX_PRODUCT_TEXT, or the same list from the same page is already on it (adding twice
 * from one popup would only duplicate a row of the plan). Long names are cut to MAX_PRODUCT_NAME.
 */
export function addToShelf(shelf: readonly ShelfProduct[], draft: ShelfDraft, now: number): AddResult {
  if (!draft.text.trim()) return { ok: false, reason: 'empty' };
  if (draft.text.length > MAX_PRODUCT_TEXT) return { ok: false, reason: 'too-long' };
  const same = shelf.find((p) => p.text === draft.text && p.url === draft.url);
  if (same) return { ok: false, reason: 'already', product: same };
  if (shelf.length >= MAX_SHELF_PRODUCTS) return { ok: false, reason: 'full' };
  const product: ShelfProduct = {
    id: newProductId(shelf, now),
    name: oneLine(draft.name).slice(0, MAX_PRODUCT_NAME),
    shop: draft.shop === null ? null : oneLine(draft.shop).slice(0, MAX_SHOP_NAME) || null,
    url: validUrl(draft.url) ? draft.url : null,
    text: draft.text,
    addedAt: now,
    category: draft.category === null ? null : draft.category.slice(0, MAX_CATEGORY),
    kinds: [...new Set(draft.kinds.filter((k) => PRODUCT_KINDS.includes(k)))],
  };
  return { ok: true, shelf: [...shelf, product], product };
}

/** A copy of `shelf` with product `id` changed by `edit` (unknown ids change nothing). */
function editProduct(
  shelf: readonly ShelfProduct[],
  id: string,
  edit: (p: ShelfProduct) => ShelfProduct,
): ShelfProduct[] {
  return shelf.map((p) => (p.id === id ? edit(p) : p));
}

export const renameProduct = (shelf: readonly ShelfProduct[], id: string, name: string): ShelfProduct[] =>
  editProduct(shelf, id, (p) => ({ ...p, name: oneLine(name).slice(0, MAX_PRODUCT_NAME) }));

export const setMakeup = (shelf: readonly ShelfProduct[], id: string, makeup: boolean): ShelfProduct[] =>
  editProduct(shelf, id, (p) => ({
    ...p,
    kinds: makeup ? [...new Set<ProductKind>([...p.kinds, 'makeup'])] : p.kinds.filter((k) => k !== 'makeup'),
  }));

export const removeProduct = (shelf: readonly ShelfProduct[], id: string): ShelfProduct[] =>
  shelf.filter((p) => p.id !== id);

// ---- The `shelf` section of the export file (src/settings.ts owns the rest of the format) ---------------

/** The export file with the shelf added as its own section. */
export function withShelf<T extends object>(
  file: T,
  shelf: readonly ShelfProduct[],
): T & { shelf: ShelfProduct[] } {
  return { ...file, shelf: [...shelf] };
}

export type ShelfImport = { ok: true; shelf: ShelfProduct[] | null } | { ok: false; error: ImportError };

/**
 * The shelf of an export file, strictly (an import is all or nothing): null when the file has no `shelf`
 * section (files from before the shelf: the shelf is left as it is), else the products, or an error naming
 * what is wrong.
 */
export function parseShelfSection(text: string): ShelfImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isObject(data) || data.shelf === undefined) return { ok: true, shelf: null };
  const { value, repaired } = repairShelf(data.shelf);
  if (repaired.length) return { ok: false, error: { code: 'invalid-values', problems: repaired } };
  return { ok: true, shelf: value };
}
