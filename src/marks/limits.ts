/** Bounds of the marks on the page (issue 13), declared once. */

/** Item names sent to the page to recognise the list's text: a real list has 20-60; a kit a few hundred. */
export const MAX_KNOWN_NAMES = 400;
/** Text nodes looked at when finding the list; a 50,000-node page is walked in about 10 ms. */
export const MAX_TEXT_NODES = 60_000;
/** A text node this long is not part of an ingredient list (the readers cap a list at 40,000 characters). */
export const MAX_NODE_CHARS = 40_000;
/** Highlight ranges per page: a 72-shade lipstick repeats its lists, each with a handful of flagged items. */
export const MAX_RANGES = 500;
/** A text node belongs to the list when it names at least this many of its items (fewer when it has fewer). */
export const MIN_NAMES_IN_NODE = 3;
/** The chip is put back this many times when the page removes it (a re-render), then left alone. */
export const MAX_REATTACH = 3;
/** Names spelled out in the chip before "and N more". */
export const CHIP_NAMES = 2;
