/**
 * The shops whose product pages are read on their own (issue 11: "There is no list of supported shops
 * anywhere"), straight from the registry, so a shop added there appears here with nothing else to change.
 */
import type { ShopReader } from '../../shops/types';
import { catalogueLocale, t } from '../i18n';

/** The registry's shops sorted by name for reading (the registry itself is sorted by id). */
export function shopsByName(list: readonly ShopReader[], locale: string): ShopReader[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...list].sort((a, b) => collator.compare(a.name, b.name));
}

export function SupportedShops({ shops }: { shops: readonly ShopReader[] }) {
  return (
    <section id="shops" aria-labelledby="shops-h">
      <h2 id="shops-h">{t('options_shops_heading')}</h2>
      <p class="muted">{t('options_shops_intro')}</p>
      <ul class="shops">
        {shopsByName(shops, catalogueLocale()).map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> <span class="muted small">{s.hosts.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
