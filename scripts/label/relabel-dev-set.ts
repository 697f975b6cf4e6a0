/**
 * Relabels the regression set (tests/fixtures/ingredients/dev-set.json, issue 9 item 2) with the independent
 * labeller's rules (label.ts, which never imports the engine) and the hand review below, and prints the
 * changelog: one line per changed (list, category) with the labeller's reason (rule, item, position of
 * length) or the review's. Labels of the categories the labeller does not cover (sunscreens, cooling agents,
 * astringents...) are kept as they were.
 *
 *   npx tsx scripts/label/relabel-dev-set.ts            print the changelog, change nothing
 *   npx tsx scripts/label/relabel-dev-set.ts --write    also write dev-set.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixturesDir } from '../lib/corpus';
import { labelList } from './label';
import { CATEGORIES, type Category } from './rules';

interface DevList {
  id: string;
  text: string;
  labels: string[];
  undecided?: string[];
}

/**
 * Hand review where the rules cannot read the text (read by hand, list by list): the categories that warn,
 * with why. Only these lists; every other label is the rules' answer.
 */
export const DEV_REVIEW: Readonly<Record<string, { warn: Category[]; why: string }>> = {
  // "#16101 Aqua (Water), ..., Alcohol (5th), ..., Parfum (Fragrance) (18th), ..., Citric Acid (31st of 35)":
  // a shade code glued before the list hides the whole list from the rules
  'sephora_ca_2023_value_cluster_products.json#1489': {
    warn: ['drying-alcohol', 'fragrance'],
    why: 'a shade code before the list hides it from the rules; read by hand: Alcohol 5th, Parfum 18th, Citric Acid 31st of 35 (pH adjuster)',
  },
  // a kit: "Luna Retinol Sleeping Night Oil: ... Retinol, ... Chamomilla Recutita Flower Oil, ..." and
  // "Good Genes All-In-One Lactic Acid Treatment: ... Lactic Acid" after key-ingredient blurbs
  'sephora_ca_2023_value_cluster_products.json#6286': {
    warn: ['aha', 'essential-oil', 'retinoid'],
    why: 'a kit after blurbs the rules cannot cut; read by hand: Retinol and chamomile, orange and ylang ylang flower oils in the night oil, Lactic Acid in the treatment',
  },
};

export interface Change {
  id: string;
  category: string;
  from: 'positive' | 'negative';
  to: 'positive' | 'negative' | 'undecided';
  why: string;
}

export function relabel(set: DevList[]): { lists: DevList[]; changes: Change[] } {
  const cats = CATEGORIES as readonly string[];
  const changes: Change[] = [];
  const lists = set.map((l) => {
    const c = labelList(l.text);
    const review = DEV_REVIEW[l.id];
    const warn: string[] = review ? [...review.warn] : [...c.categories];
    const undecided = review ? [] : (Object.keys(c.undecided) as string[]);
    for (const cat of cats) {
      const was = l.labels.includes(cat);
      const now = warn.includes(cat) ? 'positive' : undecided.includes(cat) ? 'undecided' : 'negative';
      if ((was ? 'positive' : 'negative') === now) continue;
      const mention = c.mentions
        .filter((m) => m.category === cat)
        .map((m) => `${m.rule}: "${m.item}" ${m.position} of ${m.of}`)
        .join('; ');
      const why = review
        ? review.why
        : now === 'positive'
          ? `rules: ${(c.evidence[cat as Category] ?? []).join('; ')}`
          : now === 'undecided'
            ? `rules, undecided: ${mention || (c.undecided[cat as Category] ?? []).join('; ')}`
            : mention
              ? `rules: ${mention}`
              : 'rules: no item counts for this category in this product (a particle outside a scrub, a look-alike or a blurb)';
      changes.push({ id: l.id, category: cat, from: was ? 'positive' : 'negative', to: now, why });
    }
    const kept = l.labels.filter((x) => !cats.includes(x));
    const labels = [...warn, ...kept].sort();
    return { id: l.id, text: l.text, labels, ...(undecided.length > 0 && { undecided: undecided.sort() }) };
  });
  return { lists, changes };
}

function main(): void {
  const file = path.join(fixturesDir, 'dev-set.json');
  const set = JSON.parse(readFileSync(file, 'utf8')) as DevList[];
  const { lists, changes } = relabel(set);
  for (const ch of changes) console.log(`- \`${ch.id}\` ${ch.category}: ${ch.from} -> ${ch.to}; ${ch.why}`);
  console.error(`${changes.length} changed labels in ${new Set(changes.map((c) => c.id)).size} lists`);
  if (process.argv.includes('--write')) writeFileSync(file, `${JSON.stringify(lists, null, 1)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
