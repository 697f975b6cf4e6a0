/**
 * Cooling agents: menthol and camphor (high), milder menthol derivatives (low).
 *
 * Sources: clinic aftercare sheets (avoid irritants and anything scented in the first days), applied to
 * menthol by our inference, as the category source in categories.ts says.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'menthol',
    category: 'cooling-agent',
    canonical: 'Menthol',
    names: ['Menthol', 'L-Menthol', 'Camphor', 'Racemic Menthol', 'DL-Menthol'],
    notMatch: ['Menthone Glycerin Acetal'],
    severity: 'high',
    reason: 'cooling irritant',
  },
  {
    id: 'menthol-derivative',
    category: 'cooling-agent',
    canonical: 'Menthyl Lactate',
    names: ['Menthyl Lactate', 'Menthoxypropanediol', 'Menthyl PCA'],
    severity: 'low',
    reason: 'milder menthol derivative',
  },
] satisfies Rule<'cooling-agent'>[];
