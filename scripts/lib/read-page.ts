/** Runs the extension's shop readers on a saved page in Node (linkedom), as the content script does in a tab. */
import { parseHTML } from 'linkedom';
import { extract } from '../../src/shops';
import type { Extraction } from '../../src/shops/types';

export function readSavedPage(html: string, url: string): Extraction {
  const { document } = parseHTML(html);
  return extract(document as unknown as Document, url);
}
