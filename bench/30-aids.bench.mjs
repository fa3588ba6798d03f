/**
 * Visual aids: for each module, time from a setting change to the page being restyled and laid
 * out, next to bareRestyle (lib.mjs: the browser's own floor on the same page) timed in the same
 * runs (paired.mjs), on the generated ~20k-element page and the biggest corpus page. Then the
 * cost of one pointer move for the reading guide and mask (listener + frame callback + style flush) next to a bare transform move, Clair's
 * longest script task and the browser's longest rendering step when the DOM-touching aids turn on,
 * and the gzip bytes each module adds.
 */
import path from 'node:path';
import { readFrames, watchFrames } from './lib.mjs';
import { pairedChange } from './paired.mjs';

const RUNS = 5;
const MOVES = 60;

const CASES = [
  ['underlineLinks on', 'underlineLinks', true, undefined, 'style'],
  ['outlineLinks on', 'outlineLinks', true, undefined, 'style'],
  ['highlightHeadings on', 'highlightHeadings', true, undefined, 'style'],
  ['focusRing on', 'focusRing', true, undefined, 'style'],
  ['cursor off → large-black', 'cursor', 'large-black', undefined, 'style'],
  ['cursor large-black → xl-white', 'cursor', 'xl-white', 'large-black', 'style'],
  ['stopAnimations on', 'stopAnimations', true, undefined, 'style + query'],
  ['hideImages on', 'hideImages', true, undefined, 'style + stand-ins'],
  ['readingGuide on', 'readingGuide', true, undefined, 'overlay'],
  ['readingMask on', 'readingMask', true, undefined, 'overlay'],
];

/**
 * Turning a module on, up to the frame after it: the total, then (Long Animation Frames) the
 * longest script run in one task (Clair's own work) apart from the longest rendering step (the
 * browser restyling the whole page, which no script can slice; a bare restyle of a page this big
 * is one such step too).
 */
async function turnOn(page, key, value) {
  await watchFrames(page);
  const total = await page.evaluate(
    async ({ key, value }) => {
      const t0 = performance.now();
      window.Clair.set(key, value);
      await window.Clair.settled();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { key, value },
  );
  const { script, render } = await readFrames(page);
  await page.evaluate(async (key) => {
    window.Clair.set(key, window.Clair.features().find((f) => f.id === key).default);
    await window.Clair.settled();
  }, key);
  return { total, script, render };
}

/**
 * Main-thread cost of one pointer move, median over MOVES moves (one per frame): the pointermove
 * listeners, then the frame callbacks that run between a callback queued before the move and one
 * queued after it (the tracker's), then the style/layout flush of what they changed.
 * `key` null: the bare floor, a fixed element moved with `transform` in a frame callback.
 */
async function pointerMoveCost(page, key) {
  return page.evaluate(
    async ({ key, moves }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let bare;
      if (key) {
        window.Clair.set(key, true);
        await window.Clair.settled();
      } else {
        bare = document.createElement('div');
        bare.style.cssText = 'position:fixed;left:0;right:0;top:0;height:8px;background:#000;pointer-events:none';
        document.documentElement.append(bare);
        document.addEventListener('pointermove', (e) => requestAnimationFrame(() => (bare.style.transform = `translateY(${e.clientY}px)`)), { passive: true });
      }
      await frame();
      const times = [];
      for (let i = 0; i < moves; i++) {
        const y = 100 + ((i * 37) % 600);
        const cost = await new Promise((resolve) => {
          let before = 0;
          requestAnimationFrame(() => (before = performance.now()));
          const t0 = performance.now();
          document.dispatchEvent(new PointerEvent('pointermove', { clientX: 300, clientY: y, bubbles: true, pointerType: 'mouse' }));
          const listeners = performance.now() - t0;
          requestAnimationFrame(() => {
            void document.documentElement.offsetHeight;
            resolve(listeners + (performance.now() - before));
          });
        });
        times.push(cost);
      }
      if (key) {
        window.Clair.set(key, false);
        await window.Clair.settled();
      } else bare.remove();
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { key, moves: MOVES },
  );
}

async function timings(ctx, label, url) {
  const { lib } = ctx;
  const { context, page } = await lib.openClairPage(ctx.browser, url);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const bare = await lib.bareRestyle(page, RUNS);
  const rows = [[`${label} (${elements} elements)`, 'median', 'bare (same runs)', '× bare', 'kind']];
  rows.push(['bareRestyle', lib.fmt(bare), '', '1.0', 'floor']);
  for (const [name, key, value, from, kind] of CASES) {
    const r = await pairedChange(page, key, value, { from, runs: RUNS });
    rows.push([name, lib.fmt(r.ms), lib.fmt(r.bare), r.ratio.toFixed(1), kind]);
  }
  for (const key of ['stopAnimations', 'hideImages']) {
    const on = await turnOn(page, key, true);
    rows.push([`${key} turn on: total / longest script / longest rendering`, `${lib.fmt(on.total)} / ${lib.fmt(on.script)} / ${lib.fmt(on.render)}`, '', '', 'script ≤ 50 ms']);
  }
  const floor = await pointerMoveCost(page, null);
  rows.push(['pointer move: bare transform in rAF', lib.fmt(floor), '', '', 'floor']);
  for (const key of ['readingGuide', 'readingMask']) {
    const ms = await pointerMoveCost(page, key);
    rows.push([`pointer move: ${key}`, `${ms.toFixed(2)} ms`, '', `${(ms / floor).toFixed(1)} × floor`, 'per move']);
  }
  await context.close();
  console.log(lib.table(rows) + '\n');
}

function bytes(lib) {
  const esm = path.join(process.env.CLAIR_DIST ?? 'dist', 'esm');
  const names = ['underline-links', 'outline-links', 'highlight-headings', 'focus-ring', 'cursor', 'reading-guide', 'reading-mask', 'stop-animations', 'hide-images'];
  console.log(`${lib.moduleBytesTable(esm, names)}\n`);
}

export default async function aids(ctx) {
  bytes(ctx.lib);
  await timings(ctx, 'generated page', ctx.generatedUrl + '?clair');
  const biggest = [...ctx.corpus].sort((a, b) => b.bytes - a.bytes)[0];
  if (biggest) await timings(ctx, `corpus ${biggest.id}`, biggest.url);
}
