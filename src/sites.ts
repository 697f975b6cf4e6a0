/**
 * The sites the user turned on with "Always check this site" (issue 13): plain data and the pure rules that
 * keep the stored list valid. No `browser` here: src/storage.ts binds the list to a storage item, and
 * src/background/sites.ts turns it into permissions and content-script registrations.
 *
 * A site is a scheme and a host name, without port: a match pattern without a port matches every port
 * (docs/sources.md#browser-site-access), and Firefox's match patterns have no port at all, so one pattern
 * per site is asked for, registered and shown the same in both browsers.
 */
import type { Repaired } from './settings';

export interface Site {
  /** `https://shop.example`: scheme and lower-case host name, no port, no path. */
  origin: string;
  /** When the user added it (epoch ms). */
  addedAt: number;
  /**
   * What the browser says now, mirrored by the background so the pages can show it without asking:
   * 'removed' when the user took the permission back in the browser's own settings.
   */
  access: 'granted' | 'removed';
}

/** A click on "Always check this site" that the browser has not answered yet (the prompt is open). */
export interface SiteRequest {
  origin: string;
  /** The tab the popup was about: read at once when access is granted; null from the options page. */
  tabId: number | null;
  at: number;
}

export const SITES_VERSION = 1;

/** The list keeps at most this many sites (the newest): one registration lists them all. */
export const MAX_SITES = 200;

/**
 * An unanswered request lapses after this long: a grant made much later (in the browser's settings, say)
 * is not taken for that click.
 */
export const SITE_REQUEST_MS = 3 * 60_000;

const ORIGIN = /^https?:\/\/[a-z0-9.-]+$/;

/** The site of a page URL; null for anything but http(s) (browser pages, files, extension pages). */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const origin = `${u.protocol}//${u.hostname.toLowerCase()}`;
    return ORIGIN.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

/** The match pattern asked for, registered and checked: every path of that host, any port. */
export const sitePattern = (origin: string): string => `${origin}/*`;

/** The host name as shown ("shop.example"), with the scheme only when it is not https. */
export const siteLabel = (origin: string): string => origin.replace(/^https:\/\//, '');

export const findSite = (list: readonly Site[], origin: string | null): Site | undefined =>
  origin === null ? undefined : list.find((s) => s.origin === origin);

/** The list with `origin` on and granted (added at `at` when new); the newest MAX_SITES are kept. */
export function withSite(list: readonly Site[], origin: string, at: number): Site[] {
  const known = findSite(list, origin);
  if (known) return list.map((s) => (s === known ? { ...s, access: 'granted' as const } : s));
  return [...list, { origin, addedAt: at, access: 'granted' as const }].slice(-MAX_SITES);
}

export const withoutSite = (list: readonly Site[], origin: string): Site[] =>
  list.filter((s) => s.origin !== origin);

/** The list with each site's access as the browser reports it; the same array when nothing changed. */
export function withAccess(list: Site[], granted: readonly boolean[]): Site[] {
  const next = list.map((s, i) => {
    const access = granted[i] ? ('granted' as const) : ('removed' as const);
    return s.access === access ? s : { ...s, access };
  });
  return next.some((s, i) => s !== list[i]) ? next : list;
}

/** Whether a request still stands at `now` (it lapses after SITE_REQUEST_MS, or if the clock went back). */
export const requestStands = (r: SiteRequest, now: number): boolean =>
  r.at <= now && now - r.at < SITE_REQUEST_MS;

/** The stored list repaired entry by entry: an invalid or repeated site is dropped, the others kept. */
export function repairSites(raw: unknown): Repaired<Site[]> {
  if (raw === null || raw === undefined) return { value: [], repaired: [] };
  if (!Array.isArray(raw)) return { value: [], repaired: ['site list (not a list)'] };
  const value: Site[] = [];
  let dropped = 0;
  for (const s of raw as unknown[]) {
    const o = s as Partial<Site> | null;
    const ok =
      typeof o === 'object' &&
      o !== null &&
      typeof o.origin === 'string' &&
      ORIGIN.test(o.origin) &&
      typeof o.addedAt === 'number' &&
      Number.isFinite(o.addedAt) &&
      o.addedAt > 0 &&
      !findSite(value, o.origin);
    if (ok) {
      value.push({
        origin: o.origin!,
        addedAt: o.addedAt!,
        access: o.access === 'removed' ? 'removed' : 'granted',
      });
    } else dropped++;
  }
  const repaired = dropped
    ? [`site list (${dropped} invalid ${dropped === 1 ? 'entry' : 'entries'} removed)`]
    : [];
  return { value: value.slice(-MAX_SITES), repaired };
}
