/**
 * The headline of the popup: the verdict in one line, 17 px, as the page's heading, with one line of detail.
 * A live region (role=status) so a screen reader hears a verdict that arrives after the page opened.
 */
import type { ComponentChildren } from 'preact';
import type { Summary } from '../summary';

export type Tone = Summary['state'] | 'neutral';

/** `tone` picks the colours: hold red, caution amber, clear/nothing green, neutral grey (no list, no site). */
export function Headline({
  tone,
  text,
  level = 1,
  children,
}: {
  tone: Tone;
  text: string;
  level?: 1 | 2;
  children?: ComponentChildren;
}) {
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <div class={`summary ${tone}`} role="status">
      <Tag class="headline">{text}</Tag>
      {children}
    </div>
  );
}
