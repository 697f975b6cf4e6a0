/**
 * Who may send what. Pure, so the rules are unit-tested. Web pages cannot message the extension at all
 * (no externally_connectable); these checks stop a compromised or confused frame from writing results for
 * another page: a report is only accepted from the top frame of a tab, about that frame's own origin.
 */
import type { SenderLike } from '../messaging';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Tab id when this is our own content script in a tab's top frame reporting on its own page; else null. */
export function contentScriptTab(sender: SenderLike, ownId: string, reportUrl: string): number | null {
  if (sender.id !== ownId) return null;
  if (sender.frameId !== 0 || typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return null;
  const from = originOf(sender.url);
  if (!from || from !== originOf(reportUrl)) return null;
  return sender.tab.id;
}

/** True for our own extension pages (popup, options), which alone may ask for scans and refreshes. */
export function isExtensionPage(sender: SenderLike, ownId: string, ownBaseUrl: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}
