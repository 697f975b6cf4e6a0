/**
 * Popup states added for issue 10, kept apart from App.tsx: the product's name as the heading, the calm
 * "reading this page" state, and the selection checked from the context menu.
 */
import type { ComponentChildren } from 'preact';
import type { Analysis } from '@/src/ingredients/types';
import type { SelectionCheck, TabResult } from '@/src/storage';

/** The heading for a page result: the product's own name, else the page title the shop gave. */
export const productHeading = (result: TabResult): string => result.product?.name || result.title;

/** While the shop page is being read: say what is happening; the paste box below stays usable. */
export function Reading() {
  return (
    <section>
      <p class="muted" role="status">
        Reading this page: looking for its ingredient list.
      </p>
      <p class="small muted">
        This takes a moment while the shop finishes loading. You can paste a list below meanwhile.
      </p>
    </section>
  );
}

/**
 * The check made from the context menu. The popup is opened for the check made at `at` (the URL says which),
 * so an older stored check is never shown for a new one while it is being written.
 */
export function SelectionView({
  selection,
  at,
  render,
}: {
  selection: SelectionCheck | null | undefined;
  at: number | null;
  render: (analysis: Analysis) => ComponentChildren;
}) {
  if (selection && (at === null || selection.at === at)) return <>{render(selection.analysis)}</>;
  if (selection === undefined || at !== null)
    return (
      <p class="muted" role="status">
        Checking the selected text...
      </p>
    );
  return <p class="muted">No selection checked yet.</p>;
}
