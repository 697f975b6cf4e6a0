/**
 * The browser's own gestures as a test can make them, over the DevTools protocol of the browser (not of a
 * page): a click on the toolbar button (Extensions.triggerAction, which runs the action as a click does and
 * opens the real popup), and the popup found among the browser's targets and read. Playwright does not list
 * a real popup among the context's pages, so it is read through Target.sendMessageToTarget.
 */
import type { CDPSession } from 'playwright-core';
import { until, type Harness } from '../harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function session(h: Harness): Promise<CDPSession> {
  const browser = h.context.browser();
  if (!browser) throw new Error('No browser-level DevTools session in this context.');
  return browser.newBrowserCDPSession();
}

async function targets(s: CDPSession): Promise<TargetInfo[]> {
  // An empty filter entry lists every type, including "tab" targets, which triggerAction needs.
  const r = (await s.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return r.targetInfos;
}

/** The popup pages open now (real popups, not popup.html opened in a tab by a test). */
export async function openPopups(h: Harness): Promise<string[]> {
  const s = await session(h);
  try {
    return (await targets(s))
      .filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`))
      .map((t) => t.url);
  } finally {
    await s.detach();
  }
}

/** Clicks the toolbar button of the tab showing `pageUrl` (its #fragment aside). */
export async function clickToolbarButton(h: Harness, pageUrl: string): Promise<void> {
  const s = await session(h);
  try {
    const page = (u: string) => u.replace(/#.*$/, '');
    const tab = (await targets(s)).find((t) => t.type === 'tab' && page(t.url) === page(pageUrl));
    if (!tab) throw new Error(`No tab shows ${pageUrl}`);
    await s.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  } finally {
    await s.detach();
  }
}

/** Waits for a real popup whose URL passes `match` and returns its URL and its text once `ready` says so. */
export async function readPopup(
  h: Harness,
  ready: (text: string) => boolean,
  match: (url: string) => boolean = () => true,
): Promise<{ url: string; text: string }> {
  const s = await session(h);
  try {
    return await until(async () => {
      const popup = (await targets(s)).find(
        (t) =>
          t.type === 'page' &&
          t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`) &&
          match(t.url),
      );
      if (!popup) return null;
      const text = await evaluateIn(s, popup.targetId, 'document.body.innerText');
      return typeof text === 'string' && ready(text) ? { url: popup.url, text } : null;
    }, 'a popup showing the expected text');
  } finally {
    await s.detach();
  }
}

async function evaluateIn(s: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await s.send('Target.attachToTarget', { targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  try {
    const reply = new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      const on = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number };
        if (e.sessionId === sessionId && m.id === 1) {
          s.off('Target.receivedMessageFromTarget' as never, on as never);
          resolve(m as never);
        }
      };
      s.on('Target.receivedMessageFromTarget' as never, on as never);
    });
    await s.send(
      'Target.sendMessageToTarget' as never,
      {
        sessionId,
        message: JSON.stringify({
          id: 1,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true },
        }),
      } as never,
    );
    return (await reply).result?.result?.value;
  } finally {
    await s.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
  }
}

/** Closes every real popup (a popup stays open until it loses focus, which a headless test never does). */
export async function closePopups(h: Harness): Promise<void> {
  const s = await session(h);
  const popups = async () =>
    (await targets(s)).filter(
      (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`),
    );
  try {
    for (const t of await popups()) await s.send('Target.closeTarget', { targetId: t.targetId } as never);
    // closeTarget answers before the popup is gone; Chrome refuses openPopup() while one still shows, and a
    // user cannot click the page (or its context menu) without closing the popup first: wait until it is.
    const end = Date.now() + 5_000;
    while ((await popups()).length && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await s.detach();
  }
}
