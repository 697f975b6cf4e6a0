/**
 * Text clean-up before the list is split: python-list strings unwrapped, markup and shop codes removed,
 * HTML entities decoded.
 */

const PY_LIST_GAP = ' ,;•·\t\n';

/**
 * Kaggle "['Water, Glycerin', 'Squalane']" (docs/sources.md#dataset-sephora-kaggle-subsets) and LookFantastic
 * "['water', 'glycerin']" (docs/sources.md#dataset-lookfantastic-kaggle) strings.
 */
export function unwrapPythonList(text: string): string {
  const t = text.trim();
  if (t.length < 4 || t[0] !== '[' || (t[1] !== "'" && t[1] !== '"') || t[t.length - 1] !== ']') return text;
  const parts: string[] = [];
  let i = 1;
  while (i < t.length) {
    // between elements: ", " normally; any separator once the text was re-punctuated (" • ", "; ")
    while (i < t.length && PY_LIST_GAP.includes(t[i]!)) i++;
    const q = t[i];
    if (q !== "'" && q !== '"') break;
    let j = i + 1;
    let buf = '';
    while (j < t.length) {
      const c = t[j]!;
      if (c === '\\' && j + 1 < t.length) {
        buf += t[j + 1];
        j += 2;
        continue;
      }
      if (c === q) break;
      buf += c;
      j++;
    }
    parts.push(buf);
    i = j + 1;
  }
  if (parts.length === 0) return text;
  // Each element is an item (LookFantastic) or a comma list (Kaggle): both split fine on ", ".
  return parts.join(', ');
}

/** The few HTML entities that survive in scraped text. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;

/**
 * Remove markup-like chunks: tags, shop codes such as <ILN42254>, the INCIDecoder "[more]" toggle
 * (docs/sources.md#text-shop-codes-and-toggles).
 */
export function stripMarkup(s: string): string {
  let out = s;
  if (out.indexOf('<') >= 0) out = out.replace(/<[^<>]{0,300}>/g, ' ');
  if (out.indexOf('[') >= 0) out = out.replace(/\[more\]/gi, ' ');
  if (ZERO_WIDTH.test(out)) out = out.replace(/[\u200b-\u200d\ufeff]/g, '');
  return out;
}
