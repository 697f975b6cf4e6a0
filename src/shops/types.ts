/**
 * A shop reader says only what differs from the generic extractor for one shop.
 * DOM level: it reads the Document it is given (never the global one) and never changes it.
 */
export interface ShopReader {
  /** Kebab-case id; equals the file name, the fixture folder name and any settings key. */
  id: string;
  /** Display name, e.g. "Sephora". */
  name: string;
  /** Exact host names (no wildcards), e.g. "www.sephora.com". The manifest's matches are derived from these. */
  hosts: string[];
  /**
   * Which evidence the selectors rest on, and whether they were checked against a real saved page. `ref`
   * names the docs/sources.md entry (or entries) stating that evidence; tests/unit/sources.test.ts checks
   * that every registered shop has one and that each names an existing entry. Optional only so that tests can
   * build throwaway readers.
   */
  evidence: { source: string; verified: boolean; ref?: string | readonly string[] };
  /** Does this URL look like a product page on this shop? Used for the "no list found" badge. */
  isProductPage?(url: URL): boolean;
  /**
   * Shop-specific extraction tried before the generic extractor. Returns the raw ingredient text,
   * or null to fall through to the generic extractor.
   */
  read?(doc: Document, url: URL, opts: ReadOptions): string | null;
}

/** A candidate list found by one of the readers in src/shops/read/, and where it was found. */
export interface Found {
  text: string;
  /** E.g. "section:ingredients", "json:ingredientDesc", "json-ld". */
  via: string;
}

export interface ReadOptions {
  /**
   * Whether page-load JSON (embedded scripts, JSON-LD) may be used. False after an in-page navigation:
   * single-page shops update the DOM but not the JSON they rendered the first page from (Next.js leaves
   * __NEXT_DATA__ as it was), so that JSON would describe the previous product.
   */
  scripts: boolean;
}

export interface Extraction {
  found: boolean;
  /** Shop id, or null when the page is on no registered shop. */
  shop: string | null;
  /** Raw ingredient text as found on the page, or null. */
  text: string | null;
  /** Where it came from, e.g. "shop:sephora", "json:ingredientDesc", "section:Ingredients", "json-ld". */
  via: string | null;
  /** Whether the page looks like a product page (drives the "no list found" badge). */
  productPage: boolean;
}
