/**
 * Hydroquinone (arbutin is a look-alike).
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: hydroquinone 5-7 days).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'hydroquinone',
    category: 'hydroquinone',
    canonical: 'Hydroquinone',
    names: ['Hydroquinone', 'Hydrochinon', 'Hydroquinone USP'],
    notMatch: ['Arbutin', 'Alpha-Arbutin'],
    severity: 'high',
    reason: 'hydroquinone',
  },
] satisfies Rule<'hydroquinone'>[];
