/**
 * The answer for one product: one verdict line, then each flagged ingredient with where it is in the list,
 * why it matters, until when, and the source; "nothing detected" lists what was checked. Page text is only
 * ever rendered as text nodes.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, checkedSummary } from '../ingredients';
import type { Analysis } from '../ingredients/types';
import { describeStatus, formatHours, formatUntil } from '../recovery';
import type { Verdict, VerdictItem } from '../recovery/types';
import { ordinal, plural } from './format';

function itemLine(item: VerdictItem, now: number): string {
  if (item.status !== 'ok') return describeStatus(item.status, item.window, now);
  return item.finding.severity === 'note'
    ? 'worth knowing; no hold needed'
    : `fine now; hold ${formatHours(item.window.hours)} after your next session`;
}

export function Headline({ verdict, analysis, now }: { verdict: Verdict; analysis: Analysis; now: number }) {
  const flagged = verdict.items.filter((i) => i.finding.severity !== 'note');
  if (verdict.state === 'hold') {
    return (
      <p class="verdict hold" role="status">
        Hold until {verdict.until !== null ? formatUntil(verdict.until, now) : 'your window ends'}
      </p>
    );
  }
  if (verdict.state === 'caution') {
    return (
      <p class="verdict caution" role="status">
        Use with caution{verdict.until !== null ? ` until ${formatUntil(verdict.until, now)}` : ''}
      </p>
    );
  }
  if (flagged.length) {
    return (
      <p class="verdict clear" role="status">
        Fine right now:{' '}
        {plural(new Set(flagged.map((i) => i.finding.category)).size, 'category', 'categories')} to hold after
        rolling
      </p>
    );
  }
  return (
    <p class="verdict clear" role="status">
      Nothing detected
      <span class="small muted" style="display:block;font-weight:400">
        {plural(analysis.checked, 'ingredient')} checked for {checkedSummary()}
      </span>
    </p>
  );
}

export function FindingList({ verdict, now }: { verdict: Verdict; now: number }) {
  if (!verdict.items.length) return null;
  return (
    <ul class="findings">
      {verdict.items.map((item) => {
        const f = item.finding;
        return (
          <li key={`${f.list ?? ''}-${f.position}-${f.rule}`} class={`finding ${item.status}`}>
            <div>
              <strong>
                {f.ingredient} ({ordinal(f.position)}
                {f.list ? `, ${f.list}` : ''})
              </strong>{' '}
              <span class="tag">{CATEGORIES[f.category].label}</span>
            </div>
            <div class="line">{itemLine(item, now)}</div>
            <div class="small muted">
              {f.why}
              {f.match.kind === 'fuzzy' ? ` Read as ${f.canonical}.` : ''}
            </div>
            {f.severity !== 'high' && (
              <div class="small muted">
                {f.severity === 'low' ? 'Caution rather than hold' : 'Only a note'}: {f.reason}
              </div>
            )}
            <div class="small muted">Source: {f.source}</div>
          </li>
        );
      })}
    </ul>
  );
}

export function ParsedList({ analysis }: { analysis: Analysis }) {
  const [open, setOpen] = useState(false);
  const flagged = new Set(
    analysis.findings.filter((f) => f.severity !== 'note').map((f) => `${f.list}|${f.position}`),
  );
  return (
    <div class="parsed">
      <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} the full list ({analysis.checked})
      </button>
      {open &&
        analysis.lists.map((list) => (
          <div key={list.label ?? ''}>
            {list.label && <h3 class="small">{list.label}</h3>}
            <ol class="small">
              {list.items.map((item) => (
                <li
                  key={item.position}
                  class={flagged.has(`${list.label}|${item.position}`) ? 'flagged' : ''}
                >
                  {item.name}
                  {item.mayContain ? ' (may contain)' : ''}
                </li>
              ))}
            </ol>
          </div>
        ))}
    </div>
  );
}
