import type { AddResult } from '../../shelf/repair';
import { MAX_PRODUCT_TEXT, MAX_SHELF_PRODUCTS } from '../../shelf/limits';
import { formatNumber, t } from '../i18n';

/** A product's name as shown: an unnamed one (a paste saved without a name) still reads as something. */
export const productName = (name: string): string => name || t('shelf_unnamed');

/** What an add to the shelf said, for a status (ok) or an alert (not added), the limits named from limits.ts. */
export function addResultText(r: AddResult): { ok: boolean; text: string } {
  if (r.ok) return { ok: true, text: t('shelf_added', productName(r.product.name)) };
  switch (r.reason) {
    case 'already':
      return { ok: true, text: t('shelf_already', productName(r.product.name)) };
    case 'full':
      return { ok: false, text: t('shelf_full', formatNumber(MAX_SHELF_PRODUCTS)) };
    case 'too-long':
      return { ok: false, text: t('shelf_too_long', formatNumber(MAX_PRODUCT_TEXT)) };
    case 'empty':
      return { ok: false, text: t('shelf_empty') };
  }
}
