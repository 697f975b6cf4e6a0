import type { ProductKind } from '../ingredients/types';

/**
 * One product on the user's shelf. Only what the user gave or the page said is stored: the ingredient text,
 * never findings. Findings are recomputed from `text` with the current engine on every view, so a better rule
 * reaches products added long ago (issue 12).
 */
export interface ShelfProduct {
  /** Stable, unique on the shelf (see newProductId). */
  id: string;
  /** As the user named it (prefilled from the page's product name); may be empty (shown as "Unnamed"). */
  name: string;
  /** The shop's name when it came from a shop page or a scan; null otherwise. */
  shop: string | null;
  /** The page it came from (http/https only); null for a paste. */
  url: string | null;
  /** The ingredient text, as given. */
  text: string;
  /** Epoch millis when it was added (0 when a repaired value lost it). */
  addedAt: number;
  /** The page's category path, which the engine reads for product-context severity; null when none. */
  category: string | null;
  /** Kinds the page stated, plus `makeup` when the user ticked it (makeup waits its own window). */
  kinds: ProductKind[];
}

/** What an "Add to my shelf" button knows before the user confirms (no id, no time yet). */
export type ShelfDraft = Omit<ShelfProduct, 'id' | 'addedAt'>;

export const isMakeup = (p: Pick<ShelfProduct, 'kinds'>): boolean => p.kinds.includes('makeup');
