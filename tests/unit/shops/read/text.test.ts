import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../src/shops/read/text';
import { doc } from '../page';

describe('textOf', () => {
  it('separates blocks and <br> so lines never glue together', () => {
    const d = doc(
      '<div id="x"><p>Shade A: Talc, Mica</p><p>Shade B: Silica<br>May contain: CI 77491</p>x<b>y</b></div>',
    );
    expect(textOf(d.getElementById('x')!)).toBe(
      'Shade A: Talc, Mica\nShade B: Silica\nMay contain: CI 77491\nxy',
    );
  });

  it('reads hidden content and skips scripts, styles and buttons', () => {
    const d = doc(
      '<div id="x"><div hidden style="display:none">Aqua</div><script>var a=1</script><button>+</button></div>',
    );
    expect(textOf(d.getElementById('x')!)).toBe('Aqua');
  });

  it('stops at the limit instead of reading a huge element', () => {
    const d = doc(`<div id="x">${'a'.repeat(5000)}</div>`);
    expect(textOf(d.getElementById('x')!, 1000)).toBeNull();
  });
});
