/**
 * The marks switch's storage, for the options page: read once, then followed (another open page, browser
 * sync). Kept beside store.ts rather than in it: the marks preference is its own storage item, not a
 * setting (src/storage.ts). The background watches the item and marks or unmarks every open shop tab.
 */
import { loadMarksPref, marksPrefItem, repairMarksPref, type MarksPref } from '../storage';
import { useStored } from './hooks';

export function useMarksPref(): MarksPref | undefined {
  return useStored(marksPrefItem, loadMarksPref, repairMarksPref);
}

export const setMarks = (on: boolean): Promise<void> => marksPrefItem.setValue({ on });
