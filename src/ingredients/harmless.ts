/**
 * The harmless-name vocabulary: the common non-irritant INCI names of the real lists, normalized. Generated
 * data (harmless.json, written by scripts/gen-harmless.ts, which says from what and with which cut-off):
 * fuzzy matching uses the names as competitors, the parser asks them whether words form a known name.
 * Where the names come from: docs/sources.md#harmless-name-list.
 */
import data from './harmless.json';

export const HARMLESS: readonly string[] = data.names;
