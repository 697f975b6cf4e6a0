/**
 * Hydrating and calming ingredients, suggested first after a session
 * (docs/sources.md#hydrating-calming-after-rolling): the seed article's "use hydrating and calming ingredients afterwards", made concrete with the
 * names issue 12 lists, each a humectant, a skin-conditioning or a soothing agent by its EU CosIng function.
 * Glycerin is left out on purpose: it is in most lists, so it would suggest nearly everything. Bisabolol is
 * left out because CosIng also lists it as a fragrance.
 *
 * Matched on the parsed item names (lower-cased, as the engine's parser gives them), by whole words.
 */
export interface SoothingWord {
  /** What the user is shown ("hyaluronic acid"). */
  label: string;
  /** Lower-case patterns, each matched as whole words anywhere in an item name or alias. */
  names: readonly string[];
}

export const SOOTHING: readonly SoothingWord[] = [
  { label: 'hyaluronic acid', names: ['hyaluronic acid', 'sodium hyaluronate', 'hyaluronan'] },
  { label: 'panthenol', names: ['panthenol', 'provitamin b5', 'dexpanthenol'] },
  { label: 'centella', names: ['centella asiatica', 'madecassoside', 'asiaticoside'] },
  { label: 'allantoin', names: ['allantoin'] },
  { label: 'ceramides', names: ['ceramide'] },
  { label: 'squalane', names: ['squalane'] },
  { label: 'aloe', names: ['aloe barbadensis', 'aloe vera'] },
  { label: 'beta-glucan', names: ['beta-glucan', 'beta glucan'] },
];

const patterns = SOOTHING.map((w) => ({
  label: w.label,
  re: new RegExp(`(^|[^a-z])(${w.names.map((n) => n.replace(/[-]/g, '\\-')).join('|')})s?($|[^a-z])`),
}));

/** The labels of SOOTHING found in `names` (item names and aliases), in SOOTHING's order, each once. */
export function soothingIn(names: readonly string[]): string[] {
  const lower = names.map((n) => n.toLowerCase());
  return patterns.filter((p) => lower.some((n) => p.re.test(n))).map((p) => p.label);
}
