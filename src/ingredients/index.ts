/**
 * The ingredient engine's face: text -> parsed lists -> findings with severity, reason, rule and source.
 * Everything outside src/ingredients imports from here (or types.ts / categories.ts for plain data).
 * Pure: no DOM, no browser APIs, no Node APIs.
 */
export type * from './types';
export { analyze, flaggedCategories } from './analyze';
export { CATEGORIES, CATEGORY_IDS, checkedSummary, type CategoryInfo } from './categories';
export { normalizeName } from './normalize';
export { parse } from './parse';
export { RULES } from './rules';
export { clearCaches, warmUp } from './warm-up';
