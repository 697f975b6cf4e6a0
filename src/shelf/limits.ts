/**
 * The shelf's limits, declared once: the repair of stored values, the import, the add button and the options
 * page all read them from here.
 *
 * Why these numbers: the shelf lives in storage.local, whose quota in Chrome is 10 MB (MV3, since Chrome 114;
 * Firefox sets none). 300 products of 20,000 characters each is about 6 MB of text at the worst, which leaves
 * room for the session log and the rest. A real INCI list is 200-3,000 characters (the longest of the
 * 15,000 lists the benchmarks read is a 72-shade lipstick at about 12,000), so 20,000 never cuts a real one.
 * 300 is far beyond a bathroom shelf and keeps the plan's list and timeline cheap to recompute on every view.
 */
export const MAX_SHELF_PRODUCTS = 300;

/** Characters of ingredient text per product (the list as the page, the paste or the selection gave it). */
export const MAX_PRODUCT_TEXT = 20_000;

/** Characters of a product name (product names on the shops read are under 150). */
export const MAX_PRODUCT_NAME = 200;

/** Characters of a shop name, a shop category path and a product URL kept with a product. */
export const MAX_SHOP_NAME = 100;
export const MAX_CATEGORY = 300;
export const MAX_PRODUCT_URL = 2048;

/**
 * The longest export file a full shelf can make: every field at its limit, each character escaped to two in
 * the JSON (quotes, backslashes, line breaks), plus the keys and the indentation of one product. The import
 * accepts this much more than the settings alone need, so an exported shelf always imports back.
 */
export const MAX_SHELF_EXPORT_CHARS =
  MAX_SHELF_PRODUCTS *
  (2 * (MAX_PRODUCT_TEXT + MAX_PRODUCT_NAME + MAX_SHOP_NAME + MAX_CATEGORY + MAX_PRODUCT_URL) + 500);
