/** Start-up work done ahead of time, and the cache reset that goes with it. */
import { analyze } from './analyze';
import { HARMLESS } from './harmless';
import { getMatcher, resetMatcherCaches } from './match';
import { clearNormalizeCache } from './normalize';
import { clearParseCache } from './parse';
import { RULES } from './rules';

/** Build the matcher's indexes ahead of time (e.g. at extension start-up or before a benchmark). */
export function warmUp(): void {
  getMatcher().warm();
  // Let the JIT compile the parser and matcher paths before the first real list: synthetic lists made
  // from the engine's own vocabulary, in the shapes real pages use. The caches are emptied afterwards,
  // so real lists start cold (only the compiled code stays).
  const names = [...HARMLESS.slice(0, 600), ...RULES.map((r) => r.canonical)];
  const title = (n: string) => n.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const extras =
    'Water/Aqua/Eau, Aqua (Water), Alcohol Denat., 1,2-Hexanediol, Salicylic Acid 0.5%, 15% L-Ascorbic Acid, ' +
    'Rosa Canina (Rosehip) Fruit Oil*, Glycolic Aicd, Retinyl Palmitat';
  const rounds = 16;
  for (let round = 0; round < rounds; round++) {
    const part = names.filter((_, k) => k % rounds === round).map(title);
    const typo = part.map((n, k) => (k % 5 === 0 && n.length > 6 ? n.slice(0, 3) + n.slice(4) : n));
    const half = Math.floor(part.length / 2);
    const list = `${part.join(', ')}, ${extras}`;
    analyze(
      `Ingredients: ${list}. *Certified Organic.\nClean at Sephora products are formulated without: Parabens.`,
    );
    analyze(`-Key Ingredient: Helps the look of skin.${typo.join(', ')}`);
    analyze(`${list} [+/- CI 77491, Mica]`.replace(/, /g, ' • ').toUpperCase());
    analyze(`Shade A: ${part.slice(0, half).join(', ')} | Shade B: ${part.slice(half).join(', ')}`);
    analyze(`${list.toLowerCase()}\nMay Contain/Peut Contenir (+/-): CI 77491, Mica <ILN42254>`);
    analyze(`['${part.join("', '")}']`);
    analyze(part.join(' '));
  }
  clearCaches();
}

/** Empty the result caches (names, pieces, matches); indexes and compiled code stay. */
export function clearCaches(): void {
  clearNormalizeCache();
  clearParseCache();
  resetMatcherCaches();
}
