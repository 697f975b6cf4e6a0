import { t } from '../i18n';

/** A product's name as shown: an unnamed one (a paste saved without a name) still reads as something. */
export const productName = (name: string): string => name || t('shelf_unnamed');
