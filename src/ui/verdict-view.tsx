/**
 * The answer for one product: the product name, one headline (src/ui/summary.ts, shared with the badge), one
 * card per flagged ingredient, the full list on demand. "What caution means" is said once, where caution
 * first appears: under the headline when the headline is the caution, else on the first caution card.
 */
import { browser } from '#imports';
import type { Analysis } from '../ingredients/types';
import { verdict } from '../recovery/status';
import type { Session } from '../recovery/types';
import type { Settings } from '../settings';
import { userRecovery, WELCOME_PATH } from './user-recovery';
import { t } from './i18n';
import { FindingCards } from './popup/cards';
import { Headline } from './popup/headline';
import { ParsedList } from './popup/parsed-list';
import { summarize } from './summary';
import { makeupWait, withMakeup } from './plan/makeup';
import { AddToShelf } from './shelf/add-to-shelf';
import type { ShelfDraft } from '../shelf/types';

/** The user's settings and session log, which every verdict depends on; undefined while loading. */
export interface UserData {
  settings: Settings | undefined;
  sessions: Session[] | undefined;
  /** Planned sessions answered "No". */
  skipped: number[] | undefined;
}

function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).then(() => window.close());
}

export function VerdictView({
  analysis,
  title,
  now,
  user,
  level = 1,
  draft,
  onShelf = false,
}: {
  analysis: Analysis;
  title?: string;
  now: number;
  user: UserData;
  /** 1 for the page's own result (its headline is the h1), 2 inside another section (the paste box). */
  level?: 1 | 2;
  /** What "Add to my shelf" saves (its kinds also say whether makeup waits its window); none: no button. */
  draft?: ShelfDraft;
  /** Already a shelf product (the options page's "check again"): no "Add to my shelf". */
  onShelf?: boolean;
}) {
  const { settings, sessions, skipped } = user;
  // All three loaded, or an answered "Did you roll?" would show as unanswered for a moment.
  if (!settings || !sessions || !skipped) return null;
  const { recovery, pending, noDates } = userRecovery(settings, sessions, skipped, now);
  const v = verdict(analysis.findings, recovery, now);
  const summary = withMakeup(
    summarize(analysis, v, now, undefined, { ifRolledAt: pending?.at ?? null, noDates }),
    // the sessions as the badge counts them (src/background/tabs.ts): the pending one as rolled
    makeupWait(draft?.kinds, recovery.sessions, now),
    now,
  );
  const firstCaution = v.items.findIndex((i) => i.status === 'caution');
  return (
    <section class="result" aria-label={title ?? summary.headline}>
      {title && <p class="product">{title}</p>}
      <Headline
        tone={summary.state === 'no-dates' || summary.state === 'described' ? 'neutral' : summary.state}
        text={summary.headline}
        level={level}
      >
        <p class="detail">{summary.detail}</p>
        {summary.state === 'no-dates' && (
          <button type="button" class="secondary" onClick={openWelcome}>
            {t('popup_setup_button')}
          </button>
        )}
        {summary.state === 'caution' && <p class="small explain">{t('verdict_caution_means')}</p>}
      </Headline>
      <FindingCards
        items={v.items}
        now={now}
        level={level}
        explainCautionAt={summary.state === 'caution' ? -1 : firstCaution}
      />
      <ParsedList analysis={analysis} />
      {/* a description is not a list to keep: the shelf checks its products' lists again later */}
      {draft && !onShelf && summary.state !== 'described' && (
        <AddToShelf
          // A new product (a shop's in-page navigation, another paste) starts a fresh form.
          key={`${draft.url ?? ''}|${draft.name}|${draft.text.length}`}
          draft={draft}
          idBase={level === 1 ? 'page' : 'pasted'}
        />
      )}
    </section>
  );
}
