/**
 * Stands in for WXT's ContentScriptContext in our content-script builds (aliased in wxt.config.ts).
 *
 * WXT's isolated-world entry always builds a ContentScriptContext and passes it to main(). None of our
 * content scripts uses it: its lifetime ends when a page dispatches `<id>:shop:wxt:content-script-started`
 * (any page can; src/content/shop-page.ts), its location watch fires before `location` changes, and its
 * constructor posts the extension id to every page unless told not to. Yet it cost 3.5 kB of the 23.5 kB
 * shop script (measured on the built file, issue 13). The shape is kept so the entry wrapper constructs it;
 * any use of a context feature fails loudly instead of silently doing nothing.
 */
export class ContentScriptContext {
  constructor(_name: string, _options?: unknown) {
    return new Proxy(this, {
      get(_t, key) {
        throw new Error(
          `ContentScriptContext.${String(key)} is not available in Needle Safe content scripts`,
        );
      },
    });
  }
}
