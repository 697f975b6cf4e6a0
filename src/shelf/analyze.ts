/**
 * Shelf products -> what the plan reads. The engine is passed in, never imported: the popup loads it only when
 * the plan is opened (it is most of the popup's code), and this module stays pure.
 */
import type { Analysis, AnalyzeOptions } from '../ingredients/types';
import type { PlanProduct } from './plan';
import { soothingIn } from './soothing';
import { isMakeup, type ShelfProduct } from './types';

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

/** The analysis of a shelf product with the page context it was added with (name, category, kinds). */
export function analyzeProduct(analyze: Analyze, p: ShelfProduct): Analysis {
  return analyze(p.text, { product: { name: p.name || null, category: p.category, kinds: p.kinds } });
}

export function toPlanProduct(p: ShelfProduct, analysis: Analysis): PlanProduct {
  const names = analysis.lists.flatMap((l) => l.items.flatMap((i) => [i.name, ...i.aliases]));
  return {
    id: p.id,
    name: p.name,
    findings: analysis.findings,
    makeup: isMakeup(p),
    soothing: soothingIn(names),
  };
}

/** Every product for the plan, findings recomputed now with the current engine. */
export const planProducts = (analyze: Analyze, shelf: readonly ShelfProduct[]): PlanProduct[] =>
  shelf.map((p) => toPlanProduct(p, analyzeProduct(analyze, p)));
