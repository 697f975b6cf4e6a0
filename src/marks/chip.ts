/**
 * The one element Needle Safe adds to a shop page: a small chip in a closed shadow root. DOM level: builds
 * nodes in the Document it is given; the caller decides where the host goes.
 *
 * Why it cannot be read, forged or restyled by the page:
 * - the shadow root is closed, so page scripts get no reference into it (host.shadowRoot is null), and its
 *   text is set with textContent, never parsed;
 * - the host carries no id, class or attribute a page could look for; its inline style puts every property
 *   back to its initial value with !important, which beats any page rule (inline important declarations win
 *   over the page's important ones, CSS Cascade 4 §6.4);
 * - styles live in the shadow root and use only colours it sets itself, light and dark.
 */
export interface Chip {
  host: HTMLElement;
  setText(text: string): void;
  /** Replaces the text with the hint to use the toolbar button (the browser would not open the popup). */
  showHint(hint: string): void;
}

const STYLE = `
:host { all: initial; }
button {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px;
  margin: 6px 0; padding: 4px 10px; max-width: 100%; border-radius: 999px; cursor: pointer;
  font: 500 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #3b0a0a; background: #fdecea; border: 1px solid #b71c1c;
}
button.caution { color: #3d2600; background: #fff4e0; border-color: #9a5b00; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #b71c1c; flex: none; }
.caution .dot { background: #9a5b00; }
@media (prefers-color-scheme: dark) {
  button { color: #ffe4e1; background: #3a1214; border-color: #ef9a9a; }
  button.caution { color: #ffecc7; background: #33240a; border-color: #f0b45a; }
  .dot { background: #ef9a9a; }
  .caution .dot { background: #f0b45a; }
}
button.fixed { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; margin: 0; }
`;

/** `fixed`: no list to stand beside (JSON only), so the chip sits in the corner of the window. */
export function createChip(
  doc: Document,
  opts: { text: string; level: 'hold' | 'caution'; fixed: boolean; onClick: () => void },
): Chip {
  const host = doc.createElement('span');
  // display:block so the chip gets a line of its own beside the list, whatever the page's span rules say.
  // setAttribute keeps the declaration as written (style.cssText would spell out every longhand of `all`).
  host.setAttribute('style', 'all: initial !important; display: block !important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = [opts.level === 'caution' ? 'caution' : '', opts.fixed ? 'fixed' : ''].join(' ').trim();
  const dot = doc.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.textContent = opts.text;
  button.append(dot, label);
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    opts.onClick();
  });
  root.append(style, button);
  return {
    host,
    setText: (text) => (label.textContent = text),
    showHint: (hint) => (label.textContent = hint),
  };
}
