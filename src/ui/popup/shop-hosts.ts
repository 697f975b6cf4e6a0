/**
 * Whether a host is one of the registry's shops, from the manifest's host patterns (wxt.config.ts derives them
 * from src/shops): the popup learns it without importing the shop readers, which are content-script code.
 */
export function shopHostTest(patterns: readonly string[]): (host: string) => boolean {
  const hosts = new Set(
    patterns.flatMap((p) => {
      const m = /^(?:https?|\*):\/\/([^/*]+)\/\*$/.exec(p);
      return m ? [m[1]!] : [];
    }),
  );
  return (host) => hosts.has(host);
}
