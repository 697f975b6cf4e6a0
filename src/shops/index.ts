import type { ShopReader } from './types';

// Placeholder registry: filled by the shop readers issue. Sorted by id.
export const shops: readonly ShopReader[] = [
  {
    id: 'sephora',
    name: 'Sephora',
    hosts: ['www.sephora.com'],
    evidence: { source: 'saved page', verified: true },
  },
];

/** Match patterns for the manifest and the content script: derived, never typed twice. */
export function shopMatchPatterns(list: readonly ShopReader[] = shops): string[] {
  return [...new Set(list.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)))].sort();
}

export function shopForHost(host: string, list: readonly ShopReader[] = shops): ShopReader | null {
  const h = host.toLowerCase();
  return list.find((s) => s.hosts.includes(h)) ?? null;
}
