/*
 * Code shared by the shops on THG's platform: LookFantastic, Cult Beauty (the THG-era site) and Dermstore,
 * whose product URLs are /p/<slug>/<id>/. The panel markup below was seen for LookFantastic only; for the
 * other two it is an inference (see their files).
 *
 * Markup of the THG "athena" product page from public scrapers
 * (docs/sources.md#markup-thg-product-description): two LookFantastic scrapers (selenium and scrapy) read the
 * ingredients from #product-description-content-lg-7 (> div > div > p) after clicking
 * #product-description-heading-lg-7; others read the overview from -lg-2 and directions from -lg-15 (the
 * number is the content type, "lg" the desktop copy) inside .productDescription_synopsisContent. A saved THG
 * page in one repo shows <div id="product-description-content-lg-2" role="region"
 * aria-labelledby="product-description-heading-lg-2">. The generic extractor also follows that aria link.
 */
import { readSelector } from '../read';

/** The THG ingredients panel (content type 7): the desktop copy, or the same panel without the suffix. */
export const thgRead = (doc: Document) =>
  readSelector(doc, '#product-description-content-lg-7, #product-description-content-7');
