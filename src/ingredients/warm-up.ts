/** Start-up work done ahead of time, and the cache reset that goes with it. */
import { clearContextCache } from './context';
import { getMatcher, resetMatcherCaches } from './match';
import { clearNormalizeCache } from './normalize';
import { clearParseCache } from './parse';

/**
 * Build the matcher's indexes ahead of time (e.g. before a benchmark), then empty the result caches.
 *
 * It used to analyze 112 synthetic lists as well, "to let the JIT compile the parser and matcher paths
 * before the first real list". Measured over the corpus (a cold pass in fresh processes, with and without
 * them, four runs each, interleaved): 2,460-2,807 ms with them, 2,444-2,535 ms without, so they bought
 * nothing for the 80-160 ms of start-up they cost, and they are gone (issue 9 item 7).
 */
export function warmUp(): void {
  getMatcher().warm();
  clearCaches();
}

/** Empty the result caches (names, pieces, matches, product facts); indexes and compiled code stay. */
export function clearCaches(): void {
  clearContextCache();
  clearNormalizeCache();
  clearParseCache();
  resetMatcherCaches();
}
