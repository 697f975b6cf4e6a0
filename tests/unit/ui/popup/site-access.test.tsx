// @vitest-environment happy-dom
/**
 * The popup's "Always check this site": the browser is asked inside the click itself (Firefox refuses a
 * permission request after an await of anything else), after the background was told (Chrome may close
 * the popup when its prompt opens, so the background must already know); every answer is calm.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccess } from '../../../../src/ui/popup/site-access';
import { useCatalogue } from '../fake-i18n';

const ORIGIN = 'https://corner-apothecary.example';

let calls: string[];
let answerPrompt: (granted: boolean) => void;

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en');
  calls = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
    type: string;
    data: unknown;
  }) => {
    calls.push(`message ${m.type} ${JSON.stringify(m.data)}`);
    return {
      ok: true,
      result:
        m.type === 'siteAnswered' ? ((m.data as { granted: boolean }).granted ? 'on' : 'refused') : 'waiting',
    };
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(((p: { origins: string[] }) => {
    calls.push(`request ${p.origins.join(',')}`);
    return new Promise<boolean>((resolve) => (answerPrompt = resolve));
  }) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SiteAccess', () => {
  test('one click tells the background, then asks the browser for this one site, in the same task', () => {
    const { getByRole } = render(<SiteAccess origin={ORIGIN} tabId={7} site={undefined} />);
    fireEvent.click(getByRole('button', { name: 'Always check this site' }));
    // Nothing awaited yet: both calls were made synchronously inside the click.
    expect(calls).toEqual([`message wantSite {"origin":"${ORIGIN}","tabId":7}`, `request ${ORIGIN}/*`]);
  });

  test('a refusal says nothing changed, tells the background, and the button works again', async () => {
    const { getByRole, findByText } = render(<SiteAccess origin={ORIGIN} tabId={7} site={undefined} />);
    const button = getByRole('button', { name: 'Always check this site' });
    fireEvent.click(button);
    expect(button.hasAttribute('disabled')).toBe(true);
    answerPrompt(false);
    await findByText('The browser did not give access, so nothing changed.');
    expect(calls).toContain(`message siteAnswered {"origin":"${ORIGIN}","granted":false}`);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });

  test('a grant is reported to the background, which completes the request', async () => {
    const { getByRole } = render(<SiteAccess origin={ORIGIN} tabId={7} site={undefined} />);
    fireEvent.click(getByRole('button', { name: 'Always check this site' }));
    answerPrompt(true);
    await waitFor(() =>
      expect(calls).toContain(`message siteAnswered {"origin":"${ORIGIN}","granted":true}`),
    );
  });

  test('a site whose permission was removed offers "Turn on again" through the same click', () => {
    const site = { origin: ORIGIN, addedAt: 1, access: 'removed' as const };
    const { getByRole, queryByText } = render(<SiteAccess origin={ORIGIN} tabId={7} site={site} />);
    expect(queryByText(/let Needle Safe read/)).toBeNull();
    fireEvent.click(getByRole('button', { name: 'Turn on again' }));
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['message', 'request']);
  });
});
