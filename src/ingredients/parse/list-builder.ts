/**
 * Pieces -> sub-lists of items. Each piece's items are parsed once and cached (real lists repeat the same
 * names over and over); the builder copies them into the current sub-list with their position and section.
 */
import { remember } from '../memo';
import { itemKey, normalizeName } from '../normalize';
import type { Item, RuleMatch, SubList } from '../types';
import { isKnownName } from '../vocab';
import { isLegend, makeItem, slashSeparated, withoutLeadingJoin, type ItemText } from './item';
import {
  cleanLabel,
  headerRest,
  isLabel,
  isMayContainMarker,
  labelColon,
  mayContainStart,
  nameBeforeSection,
  sectionHeadingBefore,
  stripMayContainPrefix,
  withoutLeadingHeader,
} from './labels';
import { afterBareHeader, segment, spaceRunTogether, splitShortRun } from './segment';
import type { PieceSink } from './split';
import { HEADER_WORDS } from './words';

const FREE_FROM = /^(?:free\s+(?:of|from)|formulated\s+without|does\s+not\s+contain)\b/i;

/** Most items per product (all sub-lists together). */
export const MAX_ITEMS = 2_000;

/** What an item's text always parses to, whatever its position: one per distinct piece of text. */
export interface ItemProto extends ItemText {
  /** normalizeName(name) */
  norm: string;
  /** itemKey(name, aliases): the item's normalized identity (the matcher's cache key). */
  key: string;
  /**
   * analyze()'s memo for this text: the matcher's answer (a pure function of name and aliases) and whether
   * the name is a 1%-line marker. Set on the first list that holds the piece; every later occurrence reads
   * them here instead of hashing its key into the matcher's cache again (650,000 items over the corpus,
   * 95% of them repeats). Dropped with the piece cache.
   */
  match?: RuleMatch | null;
  marker?: boolean;
  /** analyze()'s memo: the item reads as a sentence (prose.ts isProseItem). */
  prose?: boolean;
  /** analyze()'s memo: the finding's `canonical` for `match` (a function of the match and the name). */
  canonical?: string;
}

/** The aliases of every item that has none: one array. */
const NO_ALIASES: string[] = [];

/** Pieces that may be split at missing commas, and pieces that may not: two maps, no key concatenation. */
const protoCache = new Map<string, ItemProto[]>();
const protoCacheWhole = new Map<string, ItemProto[]>();

/**
 * Whole pieces that were plain text when first seen: no free-from claim, no colon (label, header), no
 * may-contain marker, not after a "[" (the text itself decides all four). Their items come from here with one
 * look-up; every other piece takes the builder's whole path.
 */
const plainPieces = new Map<string, ItemProto[]>();

/** The first item of the sentence that holds item `item`, from a list's sentence breaks (ListBuilder.breaks). */
export function sentenceOf(breaks: readonly number[], item: number): number {
  let start = 0;
  for (const b of breaks) {
    if (b > item) break;
    start = b;
  }
  return start;
}

/** Empty the per-piece cache (after a warm-up). */
export function clearParseCache(): void {
  plainPieces.clear();
  protoCache.clear();
  protoCacheWhole.clear();
}

/** One piece of text -> its items (missing commas split by segment()), legends and empty names dropped. */
function protosFor(body: string, allowSegment: boolean): ItemProto[] {
  const cache = allowSegment ? protoCache : protoCacheWhole;
  const hit = cache.get(body);
  if (hit) return hit;
  const out = protosOf(body, allowSegment);
  remember(cache, body, out);
  return out;
}

function protosOf(written: string, allowSegment: boolean): ItemProto[] {
  // words run together ("SalicylicAcid", "GlycerinRetinol"): spaced apart unless the piece is a name as
  // written; its items' raw text is then the spaced one
  const spaced = spaceRunTogether(written);
  let body = spaced !== null && !isKnownName(normalizeName(written)) ? spaced : written;
  // "Glycolic Acid How to use apply nightly": the name, the section's prose dropped
  if (!isKnownName(normalizeName(body))) body = nameBeforeSection(body) ?? body;
  const splittable = allowSegment && !body.includes(':');
  const seg = splittable && body.length > 40 ? (segment(body) ?? afterBareHeader(body)) : null;
  let out = itemsOf(seg ?? [body]);
  // a short run of names with a comma lost ("Retinol Parfum"): asked only of a piece that is not a known
  // name itself, after its item is made (most pieces are one known name; the split costs a normalization
  // per word, 5 us a piece when every piece was asked first)
  if (splittable && seg === null && out.length === 1 && !isKnownName(out[0]!.norm)) {
    const run = splitShortRun(body);
    if (run) out = itemsOf(run);
  }
  return out;
}

/** The items of a piece's parts (one part: the piece itself), legends and empty names dropped. */
function itemsOf(parts: readonly string[]): ItemProto[] {
  const out: ItemProto[] = [];
  for (const raw of parts) {
    const trimmed = withoutLeadingHeader(withoutLeadingJoin(raw.trim()));
    if (trimmed.length === 0 || isLegend(trimmed)) continue;
    const bySlash = slashSeparated(trimmed);
    if (bySlash) {
      out.push(...itemsOf(bySlash));
      continue;
    }
    const item = makeItem(trimmed);
    const norm = normalizeName(item.name);
    if (norm.length === 0 && item.aliases.length === 0) continue;
    const proto: ItemProto = {
      raw: item.raw,
      name: item.name,
      aliases: item.aliases.length > 0 ? item.aliases : NO_ALIASES,
      norm,
      key: itemKey(item.name, item.aliases),
      // every field present from the start, so all protos share one shape: analyze() reads them per item
      percent: item.percent,
      match: undefined,
      marker: undefined,
      prose: undefined,
      canonical: undefined,
    };
    out.push(proto);
  }
  return out;
}

/**
 * The lists being built, piece by piece: headers dropped, labels start a new sub-list, "may contain" sections
 * marked (a class, not closures: no per-call function objects on this hot path).
 */
export class ListBuilder implements PieceSink {
  readonly lists: SubList[] = [];
  readonly protos: ItemProto[][] = [];
  /**
   * Per list, where its sentences (hard segments) start: item indices in order, 0 implied (sentenceOf()).
   * A few a list, not one a item: only analyze()'s rare description check reads them.
   */
  readonly breaks: number[][] = [];
  current: SubList = { label: null, items: [] };
  currentProtos: ItemProto[] = [];
  currentBreaks: number[] = [];
  /** Index in current.items where the current hard segment started. */
  segmentStart = 0;
  mayContain = false;
  mayBracket = false;
  /** Inside a free-from claim ("Free Of Alcohol, Oils, Fragrances and Sulfates."), up to its sentence end. */
  freeFrom = false;
  total = 0;
  /** total >= MAX_ITEMS, kept as a field: the splitter reads it after every piece (a getter call each). */
  full = false;

  startList(label: string): void {
    this.flush();
    this.current = { label, items: [] };
    this.currentProtos = [];
    this.currentBreaks = [];
    this.segmentStart = 0;
    this.mayContain = false;
    this.mayBracket = false;
  }

  flush(): void {
    if (this.current.items.length > 0) {
      this.lists.push(this.current);
      this.protos.push(this.currentProtos);
      this.breaks.push(this.currentBreaks);
    }
  }

  addItems(body: string, allowSegment: boolean): void {
    this.addProtos(protosFor(body, allowSegment));
  }

  private addProtos(ps: ItemProto[]): void {
    const items = this.current.items;
    for (let k = 0; k < ps.length; k++) {
      if (this.total >= MAX_ITEMS) {
        this.full = true;
        return;
      }
      const p = ps[k]!;
      const item: Item = {
        position: items.length + 1,
        raw: p.raw,
        name: p.name,
        // shared with the proto and every other occurrence of this text (nothing edits an item's aliases)
        aliases: p.aliases,
      };
      if (p.percent !== undefined) item.percent = p.percent;
      if (this.mayContain) item.mayContain = true;
      items.push(item);
      this.currentProtos.push(p);
      this.total++;
    }
    if (this.total >= MAX_ITEMS) this.full = true;
  }

  /** One piece of the split text: labels, headers and markers first, then its items. */
  piece(text: string, hard: boolean, openBracket: boolean, closeBracket: boolean): void {
    const current = this.current;
    if (hard) {
      this.segmentStart = current.items.length;
      this.freeFrom = false;
      const b = this.currentBreaks;
      if (this.segmentStart > 0 && b[b.length - 1] !== this.segmentStart) b.push(this.segmentStart);
    }
    // A free-from claim names what is NOT inside, item after item, to the end of its sentence (a makeup-wipe
    // set, sephora_ca_2023: "100% Polyester, Free Of Alcohol, Oils, Parabens, Fragrances, and Sulfates."). Not
    // a footer: on shop pages the claim often stands in the prose BEFORE the list, which must survive.
    if (this.freeFrom) return;
    // A piece seen before as plain text (no claim, colon or marker: nine pieces in ten) is its items again
    if (!openBracket) {
      const ps = plainPieces.get(text);
      if (ps !== undefined) {
        this.addProtos(ps);
        this.endBracket(closeBracket);
        return;
      }
    }
    if (FREE_FROM.test(text)) {
      this.freeFrom = true;
      return;
    }
    if (openBracket && isMayContainMarker(text.slice(0, 40).toLowerCase())) {
      this.mayContain = true;
      this.mayBracket = true;
    }
    let body = text;
    // After a page section's heading ("Benefits: Smooths and renews ..."): the rest of this piece is the
    // section's prose, no item, unless a list header follows in it. Only the piece: on saved whole pages the
    // section runs into an address and the list with no stop between (Boots, "Country of Origin: Canada
    // Address: ... Ingredients Squalane, ..."), so the pieces after it are read as before.
    let section = false;
    // Labels and headers: "Shade A: ...", "Ingredients: ...", "May Contain/Peut Contenir (+/-): ..."
    for (let k = 0; k < 3 && body.indexOf(':') >= 0; k++) {
      const colon = labelColon(body);
      if (colon < 0) break;
      const prefix = body.slice(0, colon);
      const lower = normalizeName(prefix);
      const rest = HEADER_WORDS.has(lower) ? '' : headerRest(prefix);
      if (rest !== null) {
        // "Octocrylene 5.0% Inactive Ingredients: ..." (a missing comma): the name before the header stays
        if (rest.length > 0 && (rest.includes('%') || isKnownName(normalizeName(rest))) && !section)
          this.addItems(rest, false);
        section = false;
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (section) break;
      const beforeSection = sectionHeadingBefore(prefix);
      if (beforeSection !== null) {
        // "..., Retinol How to use: apply nightly": the name before the heading is the list's last item
        if (beforeSection.length > 0) this.addItems(beforeSection, true);
        section = true;
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isMayContainMarker(prefix.toLowerCase())) {
        // "Fragrance (Parfum) +/- May Contain: CI 77491": the item before the marker is kept
        const before = prefix.slice(0, mayContainStart(prefix.toLowerCase())).trim();
        if (before.length > 0 && !this.mayContain) this.addItems(before, false);
        this.mayContain = true;
        body = body.slice(colon + 1).trim();
        continue;
      }
      if (isLabel(prefix)) {
        let label = cleanLabel(prefix);
        // Cult Beauty style "Crash, Haze, Hot Mess: Talc, ...": the earlier names of this segment
        // belong to the label when they are few, short and not ingredient names.
        const cur = this.current;
        const back = cur.items.slice(this.segmentStart);
        if (
          !hard &&
          back.length > 0 &&
          back.length <= 8 &&
          back.every((it) => it.raw.split(/\s+/).length <= 4 && !isKnownName(normalizeName(it.name)))
        ) {
          label = [...back.map((it) => cleanLabel(it.raw)), label].join(', ');
          cur.items.length = this.segmentStart;
          this.currentProtos.length = this.segmentStart;
          this.total -= back.length;
          this.full = this.total >= MAX_ITEMS;
        }
        this.startList(label);
        body = body.slice(colon + 1).trim();
        continue;
      }
      break;
    }
    if (section) {
      this.endBracket(closeBracket);
      return;
    }
    const stripped = stripMayContainPrefix(body);
    if (stripped !== null) {
      this.mayContain = true;
      body = stripped.trim();
    }
    if (body === text && !openBracket && text.indexOf(':') < 0) {
      // plain: nothing above read it, so the same text is always just its items
      const ps = protosFor(body, true);
      remember(plainPieces, text, ps);
      this.addProtos(ps);
    } else if (body.length > 0) this.addItems(body, true);
    this.endBracket(closeBracket);
  }

  /** A "]" after the piece ends a bracketed "[+/- ...]" may-contain section. */
  private endBracket(closeBracket: boolean): void {
    if (closeBracket && this.mayBracket) {
      this.mayContain = false;
      this.mayBracket = false;
    }
  }
}
