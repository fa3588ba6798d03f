/**
 * Reading styles (text): for each module, time from a setting change to the page being restyled
 * and laid out, next to the browser's limits on the same page:
 * - bareRestyle (lib.mjs): a class on <html> that changes the root font size;
 * - floors, with no Clair code at all, for what each module must make the browser do: `zoom` on
 *   <body> between the same two levels (every text laid out at another size), the spacing values
 *   on every element by the simplest selector (`*`), and every element switched to another font.
 *   On a page whose text is sized in px the bare restyle relays out little text, and a module that
 *   changes all text cannot be cheaper than its floor; "× floor" says how far above it Clair is.
 * Each change is timed paired with a bare restyle in the same runs (paired.mjs): "× bare" is the
 * median of the per-run ratios, which holds up on a loaded machine where absolute times do not.
 * Pages: the generated ~20k-element page and the biggest corpus pages. Also: the longest task while
 * text size turns on (the first walk runs in slices), gzip bytes each module adds, font file sizes.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pairedChange } from './paired.mjs';

const RUNS = 5;

/** Median time to toggle a class on <html> from `from` to `to` and flush style and layout. */
async function classRestyle(page, css, from, to, runs = RUNS) {
  return page.evaluate(
    async ({ css, from, to, runs }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const root = document.documentElement.classList;
      const times = [];
      for (let i = 0; i < runs; i++) {
        if (from) root.add(from);
        void document.body.offsetHeight;
        await document.fonts.ready;
        await frame();
        const t0 = performance.now();
        if (from) root.remove(from);
        root.add(to);
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        root.remove(to);
      }
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { css, from, to, runs },
  );
}

const SPACING_FLOOR = (v) => `html.clair-floor *{line-height:${v.lh}!important;letter-spacing:${v.ls}em!important;word-spacing:${v.ws}em!important}`;
const ZOOM_FLOOR = 'html.clair-floor-a body{zoom:1.5} html.clair-floor-b body{zoom:1.75}';
const FONT_FLOOR = 'html.clair-floor-a *{font-family:sans-serif!important} html.clair-floor-b *{font-family:serif!important}';

/** Longest task (ms) between turning text size on and the page being settled. */
async function turnOnLongestTask(page, key, value) {
  return page.evaluate(
    async ({ key, value }) => {
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      window.Clair.set(key, value);
      await window.Clair.settled();
      void document.body.offsetHeight; // forces style and layout
      const total = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      observer.disconnect();
      window.Clair.set(key, window.Clair.features().find((f) => f.id === key).default);
      await window.Clair.settled();
      return { total, longest: tasks.length ? Math.max(...tasks) : 0, count: tasks.length };
    },
    { key, value },
  );
}

const CASES = [
  ['textSize 150 → 175 (level change)', 'textSize', 175, 150, 'style', 'zoom'],
  ['textSize 100 → 150 (turn on: walk)', 'textSize', 150, undefined, 'walk', 'zoom'],
  ['spacing off → wcag', 'spacing', 'wcag', undefined, 'style', 'spacing'],
  ['spacing wcag → dyslexia', 'spacing', 'dyslexia', 'wcag', 'style', 'spacing'],
  ['lineLength on', 'lineLength', true, undefined, 'style', ''],
  ['font site → luciole (walk)', 'font', 'luciole', undefined, 'walk', 'font'],
  ['font luciole → atkinson', 'font', 'atkinson', 'luciole', 'style', 'font'],
  ['textAlign on (walk)', 'textAlign', true, undefined, 'walk', ''],
];

async function timings(ctx, label, url) {
  const { lib } = ctx;
  const { context, page } = await lib.openClairPage(ctx.browser, url);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const bare = await lib.bareRestyle(page, RUNS);
  const floors = {
    zoom: await classRestyle(page, ZOOM_FLOOR, 'clair-floor-a', 'clair-floor-b'),
    spacing: await classRestyle(page, SPACING_FLOOR({ lh: 1.5, ls: 0.12, ws: 0.16 }), '', 'clair-floor'),
    font: await classRestyle(page, FONT_FLOOR, 'clair-floor-a', 'clair-floor-b'),
  };
  const rows = [[`${label} (${elements} elements)`, 'median', 'bare (same runs)', '× bare', '× floor', 'target']];
  rows.push(['bareRestyle', lib.fmt(bare), '', '1.0', '', '']);
  rows.push(['floor: zoom on <body> 150 → 175 %', lib.fmt(floors.zoom), '', (floors.zoom / bare).toFixed(1), '', '']);
  rows.push(['floor: WCAG spacing on `*`', lib.fmt(floors.spacing), '', (floors.spacing / bare).toFixed(1), '', '']);
  rows.push(['floor: `*` sans-serif → serif', lib.fmt(floors.font), '', (floors.font / bare).toFixed(1), '', '']);
  for (const [name, key, value, from, kind, floor] of CASES) {
    const r = await pairedChange(page, key, value, { from, runs: RUNS });
    const target = key === 'textSize' && from !== undefined ? '≤ 1.2× bare' : kind === 'style' ? '≤ 2× bare' : 'one-time walk';
    rows.push([name, lib.fmt(r.ms), lib.fmt(r.bare), r.ratio.toFixed(1), floor ? (r.ms / floors[floor]).toFixed(1) : '', target]);
  }
  const on = await turnOnLongestTask(page, 'textSize', 150);
  rows.push(['textSize turn on: total / longest task', `${lib.fmt(on.total)} / ${lib.fmt(on.longest)}`, '', '', '', 'no task > 50 ms']);
  await context.close();
  console.log(lib.table(rows) + '\n');
}

function bytes(lib) {
  const esm = path.join(process.env.CLAIR_DIST ?? 'dist', 'esm');
  console.log(`${lib.moduleBytesTable(esm, ['text-size', 'spacing', 'spacing-slider', 'line-length', 'font', 'text-align'])}\n`);
  const fonts = path.join(process.env.CLAIR_DIST ?? 'dist', 'fonts');
  const fontRows = [['font', 'woff2 files', 'total', 'one regular face']];
  for (const dir of readdirSync(fonts)) {
    const woff = readdirSync(path.join(fonts, dir)).filter((f) => f.endsWith('.woff2'));
    const size = (f) => statSync(path.join(fonts, dir, f)).size;
    const regular = woff.find((f) => /(Regular|latin-400-normal)\.woff2$/.test(f));
    fontRows.push([dir, String(woff.length), `${(woff.reduce((s, f) => s + size(f), 0) / 1024).toFixed(1)} KiB`, regular ? `${(size(regular) / 1024).toFixed(1)} KiB` : '']);
  }
  console.log(lib.table(fontRows) + '\n');
}

export default async function reading(ctx) {
  bytes(ctx.lib);
  await timings(ctx, 'generated page', ctx.generatedUrl + '?clair');
  const biggest = [...ctx.corpus].sort((a, b) => b.bytes - a.bytes)[0];
  if (biggest) await timings(ctx, `corpus ${biggest.id}`, biggest.url);
  const longest = ctx.corpus.find((p) => p.id === 'nhs-healthaz');
  if (longest) await timings(ctx, 'corpus nhs-healthaz', longest.url);
}
