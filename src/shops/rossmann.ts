import type { ShopReader } from './types';
import { readSelector } from './read';

/*
 * Evidence: saved Rossmann page (docs/sources.md#markup-rossmann): accordion
 * <div id="GRP_INHALTSSTOFFE"><h2><span>Inhaltsstoffe</span></h2><div class="rm-accordion__detail-info">...
 * The word "Inhaltsstoffe" also occurs in the marketing copy above it, so the section id is used first.
 */
export const rossmann: ShopReader = {
  id: 'rossmann',
  name: 'Rossmann',
  hosts: ['www.rossmann.de'],
  evidence: {
    source: 'saved page: Rossmann DE',
    verified: true,
    ref: 'markup-rossmann',
  },
  isProductPage: (url) => /\/p\/\d+/.test(url.pathname),
  read: (doc) => readSelector(doc, '#GRP_INHALTSSTOFFE .rm-accordion__detail-info'),
};
