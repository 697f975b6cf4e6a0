/**
 * "Log a session now", in the popup and on the options page alike: the needle for this session (the
 * settings' by default), then the one-screen safety checklist when it is on
 * (docs/sources.md#session-safety-checklist), then the answer: logged (with Undo for UNDO_MS, and a warning
 * when it is sooner than usual at that depth) or calmly refused. The options page once logged at once with
 * the settings' needle, past the checklist the user had asked for.
 */
import { useEffect, useState } from 'preact/hooks';
import { UNDO_MS } from '../recovery/limits';
import type { Session } from '../recovery/types';
import { t } from './i18n';
import { logWarningText, refusalText } from './log-text';
import type { Updates } from './store';
import { formatNeedle, formatWhen } from './time-format';
import { NeedleSelect } from './needle-select';

type Answer =
  | { kind: 'logged'; session: Session; warning: string | null; at: number }
  | { kind: 'refused'; text: string }
  | { kind: 'undone' };

export function LogSession({
  needleMm,
  checklist,
  update,
  headingLevel = 2,
  pickNeedle = true,
}: {
  needleMm: number;
  checklist: boolean;
  update: Pick<Updates, 'logSession' | 'deleteSession' | 'setChecklist'>;
  /** The checklist's heading level: 2 in the popup, 3 inside the options page's sessions section. */
  headingLevel?: 2 | 3;
  /**
   * A needle picker for this session (the popup). The options page has one needle control, the schedule's
   * needle length just above, and logs with it (issue 11: one control, so the windows shown are the ones used).
   */
  pickNeedle?: boolean;
}) {
  const [picked, setPicked] = useState(needleMm);
  // without a picker, the settings' needle as it is now (the options page's schedule form, above)
  const needle = pickNeedle ? picked : needleMm;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [asking, setAsking] = useState(false);
  const [skipNext, setSkipNext] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  // Undo is offered for UNDO_MS after logging, then goes (one timer, cleared when the answer changes).
  useEffect(() => {
    if (answer?.kind !== 'logged') return;
    const id = setTimeout(() => setAnswer((a) => (a === answer ? { ...answer, at: -1 } : a)), UNDO_MS);
    return () => clearTimeout(id);
  }, [answer]);

  const log = async () => {
    const now = Date.now();
    if (skipNext) await update.setChecklist(false);
    const res = await update.logSession(now, needle);
    setAsking(false);
    setAnswer(
      res.ok
        ? {
            kind: 'logged',
            session: res.session,
            warning: res.warning && logWarningText(res.warning, now),
            at: now,
          }
        : { kind: 'refused', text: refusalText(res.refused) },
    );
  };

  if (asking) {
    return (
      <section class="checklist" aria-labelledby="checklist-h">
        <Heading id="checklist-h">{t('popup_checklist_heading')}</Heading>
        <ul>
          <li>{t('popup_checklist_roller')}</li>
          <li>{t('popup_checklist_hands')}</li>
          <li>{t('popup_checklist_skin')}</li>
        </ul>
        <label class="small">
          <input type="checkbox" checked={skipNext} onChange={(e) => setSkipNext(e.currentTarget.checked)} />{' '}
          {t('popup_checklist_skip_next')}
        </label>
        <div class="row">
          <button type="button" onClick={log}>
            {t('popup_checklist_confirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setAsking(false)}>
            {t('popup_checklist_cancel')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <div class="log">
      <div class="row">
        {pickNeedle && (
          <>
            <label for="log-needle">{t('popup_needle_label')}</label>
            <NeedleSelect id="log-needle" value={picked} onChange={setPicked} />
          </>
        )}
        <button type="button" class="secondary" onClick={() => (checklist ? setAsking(true) : void log())}>
          {t('popup_log_session')}
        </button>
      </div>
      <div role="status">
        {answer?.kind === 'logged' && (
          <p class="small">
            <strong>{t('popup_session_logged')}</strong>{' '}
            {t(
              'popup_logged_detail',
              formatWhen(answer.session.at, Date.now()),
              formatNeedle(answer.session.needleMm),
            )}{' '}
            {answer.at > 0 && (
              <button
                type="button"
                class="secondary small"
                onClick={async () => {
                  await update.deleteSession(answer.session.at);
                  setAnswer({ kind: 'undone' });
                }}
              >
                {t('popup_undo')}
              </button>
            )}
          </p>
        )}
        {answer?.kind === 'logged' && answer.warning && <p class="small warning">{answer.warning}</p>}
        {answer?.kind === 'refused' && <p class="small">{answer.text}</p>}
        {answer?.kind === 'undone' && <p class="small">{t('popup_undone')}</p>}
      </div>
    </div>
  );
}
