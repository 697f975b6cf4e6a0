/**
 * Builds the engine's vocabulary and matcher while a shop page is still loading, so the report that follows
 * finds them ready (issue 13, the cold path). Measured (scripts/bench-cold.ts, Node figures in the same
 * run): the first analysis in a fresh worker built the 4,000-name vocabulary and the matcher's indexes,
 * about 100 ms of the cold path, until the typo and fuzzy tables became built on first need
 * (src/ingredients/match/typo.ts, fuzzy.ts): now about 12 ms in Node (scripts/bench-start.ts). Evaluating
 * background.js is the larger part now, paid when the worker starts.
 *
 * tabs.onUpdated with a `url` reaches the background at the start of a navigation on the hosts it may read
 * (the shops, and sites the user added), which also wakes a stopped worker then: the build happens during
 * the page's own load, in time the user waits for the page anyway, instead of after its list was found.
 * A service worker cannot import() code later (MV3 forbids it), so lazy loading is not an option; the build
 * itself is already lazy (src/ingredients/vocab.ts), this only starts it earlier.
 */
import { analyze } from '../ingredients';

let warmed = false;

export function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  // After the event's own work (tabMoved): the warm-up must not delay it.
  setTimeout(() => {
    try {
      analyze('Aqua, Glycerin');
    } catch {
      // A failed warm-up only means the first report pays for the build.
    }
  }, 0);
}
