/**
 * Which product a page is about: its name (for the popup's heading), its category and the kinds of product
 * whose verdict differs on needled skin (src/ingredients/types.ts ProductKind). DOM level: reads the Document
 * it is given, never changes it.
 *
 * Sources, most specific first: JSON-LD Product.name / category and BreadcrumbList (schema.org, what shops
 * publish for search engines), og:title, the main <h1>, and breadcrumb navigation (WAI-ARIA's breadcrumb
 * pattern: a nav labelled "breadcrumb", or schema.org BreadcrumbList microdata). The raw <title> is never the
 * name: it carries the shop's name and often a slogan ("Retinal Serum | Sephora").
 */
import { isProduct, jsonLd, walk } from './json-ld';

/**
 * The engine's ProductKind and ProductContext (src/ingredients/types.ts), restated: the readers import
 * nothing outside src/shops (tests/unit/shops/meta.test.ts). The background passes this to analyze() and
 * stores it as TabResult.product, both typed with the engine's, so the compiler checks they stay the same.
 */
export type ProductKind = 'makeup' | 'scrub' | 'rinse-off' | 'device' | 'supplement';
export interface ProductContext {
  name: string | null;
  category: string | null;
  kinds: ProductKind[];
}

const MAX_NAME = 200;
const MAX_CATEGORY = 300;

/**
 * Words that make a product one of the kinds, matched as whole words (or word starts where a stem is given)
 * in the category, the breadcrumbs and the name, case-insensitively. English plus the German of the German
 * shops in the registry (Rossmann, Shop Apotheke). Chosen from the shop category names of the saved pages and
 * the usual aisle names; a word that also names skincare ("primer" can be a serum, "tint" a sunscreen) is
 * left out, so a kind is only set when the page says it plainly.
 */
export const KIND_WORDS: Record<ProductKind, RegExp> = {
  makeup:
    /\b(make-?up|makeup|cosmetics|foundations?|concealers?|mascaras?|lipsticks?|lip gloss(es)?|eye ?shadows?|eyeliners?|blush(es)?|bronzers?|highlighters?|setting powders?|face powders?|bb creams?|cc creams?|lippenstift|wimperntusche|puder|lidschatten|rouge)\b/i,
  scrub:
    /\b(scrubs?|exfoliators?|exfoliants?|exfoliating|exfoliation|face polish|body polish|microdermabrasion|peeling)\b/i,
  'rinse-off':
    /\b(cleansers?|cleansing (gel|foam|oil|balm|milk)s?|face wash(es)?|facial wash(es)?|body wash(es)?|shower gels?|shampoos?|conditioners?|soaps?|rinse-off|wash-off|waschgel|duschgel|reinigungsgel|reinigungsschaum|gesichtsreinigung)\b/i,
  device:
    /\b(devices?|derma ?rollers?|microneedl\w*|derma ?pens?|derma ?stamps?|led masks?|gua sha|facial rollers?|face rollers?|cleansing brush(es)?|beauty tools?|skincare tools?|tools & devices|ger[äa]te?)\b/i,
  supplement:
    /\b(supplements?|capsules?|tablets?|gummies|softgels?|dietary|nutrition|vitamins & supplements|nahrungserg[äa]nzung\w*|kapseln|tabletten)\b/i,
};

const clean = (s: string, max: number): string | null => {
  const t = s.replace(/\s+/g, ' ').trim().slice(0, max);
  return t ? t : null;
};

/**
 * A title without the shop's part: "Retinal Serum | Sephora" -> "Retinal Serum". Pipes and long dashes
 * always separate a site name; a plain " - " only when what follows is the site's name (og:site_name or the
 * host's main label), since product names contain hyphens ("Anti-Blemish - Clear Skin Serum").
 */
export function withoutShop(title: string, siteName: string | null, host: string): string {
  let t = title.replace(/\s+[|–—]\s+.*$/, '').trim();
  const label = host.replace(/^www\./, '').split('.')[0] ?? '';
  const m = / - ([^-]+)$/.exec(t);
  if (m) {
    const tail = m[1]!.trim().toLowerCase().replace(/\s+/g, '');
    const site = (siteName ?? '').toLowerCase().replace(/\s+/g, '');
    if ((site && tail === site) || (label && tail.replace(/[^a-z0-9]/g, '') === label.replace(/-/g, '')))
      t = t.slice(0, m.index).trim();
  }
  return t;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return (v as { name: string }).name;
  return null;
}

/** Where shops put breadcrumbs: WAI-ARIA's labelled nav, schema.org microdata, the usual class names. */
const CRUMBS =
  'nav[aria-label*="readcrumb" i], [itemtype$="schema.org/BreadcrumbList"], ol.breadcrumb, ul.breadcrumb, .breadcrumbs, [data-testid*="readcrumb" i]';

/** Kinds named by the category, the breadcrumbs and the name, in a fixed order. */
export function kindsOf(...texts: (string | null | undefined)[]): ProductKind[] {
  const all = texts.filter(Boolean).join(' \u2022 ');
  return (Object.keys(KIND_WORDS) as ProductKind[]).filter((k) => KIND_WORDS[k].test(all));
}

export interface ProductReadOptions {
  /**
   * Whether page-load data (JSON-LD, og:title) may be used. False after an in-page navigation: single-page
   * shops re-render the heading but often leave the head and its JSON as the first product's.
   */
  scripts: boolean;
}

/**
 * What the page says about its product, raw. Collected in the content script, which runs on every shop page
 * and has a size budget (tests/e2e), and turned into a ProductContext by productContext() in the background.
 */
export interface ProductSignals {
  /** JSON-LD Product.name and .category. */
  name: string | null;
  category: string | null;
  /** og:title and og:site_name. */
  og: string | null;
  site: string | null;
  /** The main heading's text. */
  h1: string | null;
  crumbs: string[];
}

/**
 * Reads the signals, keeping the content script's part small: trimming, de-duplicating and judging them is
 * productContext's work. BreadcrumbList items are taken in document order (shops write them in order).
 */
export function productSignals(doc: Document, opts: ProductReadOptions = { scripts: true }): ProductSignals {
  const s: ProductSignals = { name: null, category: null, og: null, site: null, h1: null, crumbs: [] };
  const meta = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content') ?? null;
  if (opts.scripts) {
    walk(jsonLd(doc), (o) => {
      if (!s.name && isProduct(o)) {
        s.name = text(o['name']);
        s.category = text(o['category']);
      }
      const items = !s.crumbs.length && o['@type'] === 'BreadcrumbList' && o['itemListElement'];
      if (Array.isArray(items))
        for (const it of items as Record<string, unknown>[])
          s.crumbs.push(text(it?.['name']) ?? text(it?.['item']) ?? '');
    });
    s.og = meta('title');
  }
  if (!s.crumbs.length)
    for (const el of doc.querySelector(CRUMBS)?.querySelectorAll('a, li') ?? [])
      s.crumbs.push(el.textContent ?? '');
  s.site = meta('site_name');
  s.h1 = doc.querySelector('main h1, h1')?.textContent ?? null;
  // Bounded: it goes into a message.
  const cut = (v: string | null) => v && v.slice(0, MAX_NAME);
  return {
    name: cut(s.name),
    category: cut(s.category),
    og: cut(s.og),
    site: cut(s.site),
    h1: cut(s.h1),
    crumbs: s.crumbs.slice(0, 20).map((c) => c.slice(0, 100)),
  };
}

/** The product's name, category and kinds from its signals; pure, so the background can run it. */
export function productContext(s: ProductSignals, url: string): ProductContext {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // An unparsable URL has no shop name to strip.
  }
  const og = s.og && clean(s.og, MAX_NAME);
  const raw = clean(s.name ?? '', MAX_NAME) ?? (og ? withoutShop(og, s.site, host) : null) ?? s.h1;
  const name = raw ? clean(raw, MAX_NAME) : null;
  // Separators and "Home" say nothing; the last crumb is often the product itself.
  const crumbs = s.crumbs.map((c) => clean(c, 60) ?? '').filter((c) => c && !/^([>/›»|]|home)$/i.test(c));
  const path = [...new Set(crumbs)].filter((c) => c !== name);
  const category = clean(s.category ?? path.join(' > '), MAX_CATEGORY);
  return { name, category, kinds: kindsOf(category, name) };
}

/** Both steps at once, for tests and the command line. */
export function readProduct(
  doc: Document,
  url: string,
  opts: ProductReadOptions = { scripts: true },
): ProductContext {
  return productContext(productSignals(doc, opts), url);
}
