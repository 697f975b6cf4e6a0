/**
 * Astringents: witch hazel waters and extracts (also by family pattern in families.ts).
 *
 * Sources: clinic aftercare sheets (drying / alcohol-based toners), applied to witch hazel by our inference,
 * as the category source in categories.ts says.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'witch-hazel',
    category: 'astringent',
    canonical: 'Hamamelis Virginiana Water',
    names: [
      'Hamamelis Virginiana Water',
      'Hamamelis Virginiana Extract',
      'Hamamelis Virginiana Leaf Extract',
      'Hamamelis Virginiana Bark/Leaf/Twig Extract',
      'Hamamelis Virginiana Leaf Water',
      'Witch Hazel',
      'Witch Hazel Water',
      'Witch Hazel Extract',
      'Witch Hazel Distillate',
    ],
    severity: 'low',
    reason: 'astringent (witch hazel)',
  },
] satisfies Rule<'astringent'>[];
