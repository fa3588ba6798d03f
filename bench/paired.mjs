/**
 * Paired measurement for the reading, colour and aids sections: each run times the bare restyle
 * (lib.mjs `bareRestyle`: a class on <html> that changes the root font size) and then the setting
 * change, back to back, so both see the same load from other jobs on the machine. Before each
 * timing both wait for `document.fonts.ready` and two frames: a font still loading from an earlier
 * change lands in neither. Returns the medians and the median of the per-run ratios.
 */
import { BARE_CSS } from './lib.mjs';

export async function pairedChange(page, key, value, { from, runs = 7 } = {}) {
  return page.evaluate(
    async ({ key, value, from, runs, bareCss }) => {
      const clair = window.Clair;
      const def = clair.features().find((f) => f.id === key);
      const base = from ?? def.default;
      const flush = () => {
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
      };
      const quiet = async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      };
      const set = async (v) => {
        clair.set(key, v);
        await clair.settled();
      };
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(bareCss);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      // Warm: the module's chunk and the fonts it draws with are loaded before the first timing.
      await set(value);
      flush();
      await quiet();
      await set(base);
      flush();
      const bare = [];
      const change = [];
      for (let i = 0; i < runs; i++) {
        await quiet();
        let t0 = performance.now();
        document.documentElement.classList.add('clair-bench-bare');
        flush();
        bare.push(performance.now() - t0);
        document.documentElement.classList.remove('clair-bench-bare');
        flush();
        await quiet();
        t0 = performance.now();
        await set(value);
        flush();
        change.push(performance.now() - t0);
        await set(base);
        flush();
      }
      await set(def.default);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { bare: median(bare), ms: median(change), ratio: median(change.map((c, i) => c / bare[i])) };
    },
    { key, value, from, runs, bareCss: BARE_CSS },
  );
}
