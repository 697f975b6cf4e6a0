/** A page as linkedom parses it, and a list every reader must find. */
import { parseHTML } from 'linkedom';

export const LIST = 'Water, Glycerin, Niacinamide, Retinol, Phenoxyethanol, Ethylhexylglycerin';
export const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
