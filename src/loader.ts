/**
 * dist/clair.js — the one script tag a site adds. A classic script, kept tiny: it finds its own URL
 * (so dist/ can be hosted anywhere), reads the tag's data-* attributes and window.ClairConfig, then
 * imports the ES module that starts Clair. Configuration precedence: data-* < window.ClairConfig.
 */
(() => {
  const w = window as unknown as {
    ClairConfig?: unknown;
    __clairLoader?: boolean;
  };
  try {
    if (w.__clairLoader) {
      console.warn('[Clair] the Clair script is included twice; the second copy is ignored. (CLAIR_DUPLICATE)');
      return;
    }
    w.__clairLoader = true;
    // User Timing marks let site owners (and npm run bench) see Clair's start-up cost.
    performance.mark?.('clair:loader-start');
    const script = document.currentScript as HTMLScriptElement | null;
    const base = new URL('.', script?.src || location.href).href;
    const fromTag: Record<string, unknown> = { ...(script?.dataset ?? {}) };
    const fromGlobal = w.ClairConfig && typeof w.ClairConfig === 'object' ? w.ClairConfig : {};
    const config = { assetsUrl: base, ...fromTag, ...fromGlobal };
    import(/* webpackIgnore: true */ `${base}esm/index.js`).then(
      (m: { Clair: { init(config: unknown): Promise<void> } }) => m.Clair.init(config),
      (error: unknown) => console.warn(`[Clair] could not load ${base}esm/index.js; is the whole dist/ folder hosted there? (CLAIR_LOAD)`, error),
    );
  } catch (error) {
    console.warn('[Clair] could not start. (CLAIR_LOAD)', error);
  }
})();
