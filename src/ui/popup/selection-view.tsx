/**
 * The check made from the context menu. The menu opens the popup for the check made at `at` (the URL says
 * which), so an older stored check is never shown for a new one while the new one is being written.
 */
import type { SelectionCheck } from '../../storage';
import { t } from '../i18n';
import { VerdictView, type UserData } from '../verdict-view';
import { Headline } from './headline';
import { safeHost } from './page-state';

export function SelectionView({
  selection,
  at,
  now,
  user,
}: {
  selection: SelectionCheck | null | undefined;
  at: number | null;
  now: number;
  user: UserData;
}) {
  if (selection && (at === null || selection.at === at)) {
    return (
      <VerdictView
        analysis={selection.analysis}
        title={t('popup_selection_title')}
        now={now}
        user={user}
        draft={{
          name: '',
          shop: safeHost(selection.pageUrl),
          url: selection.pageUrl,
          text: selection.text,
          category: null,
          kinds: [],
        }}
      />
    );
  }
  if (selection === undefined || at !== null) {
    return <Headline tone="neutral" text={t('popup_selection_checking')} />;
  }
  return <Headline tone="neutral" text={t('popup_no_selection')} />;
}
