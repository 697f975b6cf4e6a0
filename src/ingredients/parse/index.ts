/**
 * Ingredient text -> sub-lists of items.
 *
 * Real shop text is messy: key-ingredient blurbs glued in front (docs/sources.md#text-key-ingredient-blurbs),
 * "Clean at Sephora" footers naming what is NOT inside and disclaimers
 * (docs/sources.md#text-clean-at-sephora-footer), shade, kit and "May contain" sections
 * (docs/sources.md#text-shades-kits-may-contain), bullets instead of commas, missing commas, python-list
 * strings (docs/sources.md#text-separators-and-list-strings) and shop codes
 * (docs/sources.md#text-shop-codes-and-toggles). The stages, in order: clean.ts, key-section.ts, footer.ts, blurbs.ts,
 * split.ts, then list-builder.ts (labels.ts, item.ts, segment.ts per piece). Word lists are in words.ts.
 *
 * Everything here is a linear scan or a bounded regex (no nested quantifiers), and the input is capped, so
 * any string returns quickly.
 */
import { NON_ASCII } from '../normalize';
import type { SubList } from '../types';
import { stripBlurbs } from './blurbs';
import {
  dashSeparators,
  decodeEntities,
  dropDrugFactsSections,
  normalizeChars,
  slashSeparators,
  stripMarkup,
  unglueHeaders,
  unnumberList,
  unwrapPythonList,
} from './clean';
import { cutFooter } from './footer';
import { dropKeySection } from './key-section';
import { ListBuilder, type ItemProto } from './list-builder';
import { splitPieces } from './split';

export { clearParseCache, sentenceOf, type ItemProto } from './list-builder';
export { isNameLike, isProseItem } from './prose';

/** Longest text we read; real lists (with footers) stay under 10 kB. */
const MAX_TEXT_LENGTH = 100_000;

/** Parse ingredient text into sub-lists (shades, kit parts) of items. Never throws. */
export function parse(input: string): SubList[] {
  return parseDetailed(input).lists;
}

/**
 * parse(), plus each item's cached proto (the same shape as lists: protos[list][item]) and where each list's
 * sentences start (breaks[list], read with sentenceOf()).
 */
export function parseDetailed(input: string): {
  lists: SubList[];
  protos: ItemProto[][];
  breaks: number[][];
} {
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_TEXT_LENGTH) text = text.slice(0, MAX_TEXT_LENGTH);
  text = normalizeChars(text);
  text = unwrapPythonList(text);
  // an entity may stand for a character normalizeChars() changes ("&#160;", "&shy;", "&#xFF0C;")
  const marked = stripMarkup(text);
  text = decodeEntities(marked);
  if (text !== marked && NON_ASCII.test(text)) text = normalizeChars(text);
  text = unglueHeaders(dropDrugFactsSections(text));
  text = slashSeparators(dashSeparators(unnumberList(text)));
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  text = cutFooter(dropKeySection(text));
  text = stripBlurbs(text);

  const b = new ListBuilder();
  splitPieces(text, b);
  b.flush();
  // A single unlabeled list stays unlabeled; a labeled first list keeps its label.
  return { lists: b.lists, protos: b.protos, breaks: b.breaks };
}
