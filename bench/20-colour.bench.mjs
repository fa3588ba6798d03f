/**
 * Colour figures: time from a setting change to the next frame for every contrast, saturation and
 * colour-vision mode, next to the browser's bare restyle (the target for style-only changes is at
 * most 2×), timed paired with it in the same runs (paired.mjs), on the generated ~20k-element page
 * and the biggest corpus page; the one-time icon scan of the contrast module (duration, longest
 * script task, longest rendering step); and the bytes (gzip) each module downloads when the
 * visitor turns it on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFrames, watchFrames } from './lib.mjs';
import { pairedChange } from './paired.mjs';

const DIST = path.resolve(process.env.CLAIR_DIST ?? 'dist');

const CHANGES = [
  ['contrast', 'dark'],
  ['contrast', 'light'],
  ['contrast', 'yellow'],
  ['contrast', 'invert'],
  ['contrast', 'custom'],
  ['contrast', 'yellow', 'dark'],
  ['saturation', 'low'],
  ['saturation', 'mono'],
  ['colourVision', 'protanopia'],
  ['colourVision', 'tritanopia', 'protanopia'],
];

/**
 * First activation of contrast: the icon scan's duration, and (Long Animation Frames) the longest
 * script run in one task while it goes (the scan's slices) apart from the longest rendering step
 * (the browser restyling and painting the page in the new colours, which no script can slice).
 */
async function scan(page) {
  await watchFrames(page);
  const { duration, marked } = await page.evaluate(async () => {
    performance.clearMarks('clair:ink-scan-done');
    const t0 = performance.now();
    window.Clair.set('contrast', 'dark');
    await window.Clair.settled();
    while (performance.getEntriesByName('clair:ink-scan-done').length === 0) await new Promise((r) => setTimeout(r, 5));
    return { duration: performance.getEntriesByName('clair:ink-scan-done')[0].startTime - t0, marked: document.querySelectorAll('[data-clair-ink]').length };
  });
  const { script, render } = await readFrames(page);
  await page.evaluate(async () => {
    window.Clair.set('contrast', 'off');
    await window.Clair.settled();
  });
  return { duration, script, render, marked };
}

/** Bytes (gzip) of the chunks a page downloads when `key` is turned on, panel closed. */
async function moduleBytes(browser, url, key, value) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__r = new Promise((r) => document.addEventListener('clair:ready', () => r(), { once: true }));
  });
  const loaded = new Set();
  page.on('response', (r) => {
    const m = /\/dist\/esm\/([^?]+\.js)$/.exec(r.url());
    if (m) loaded.add(m[1]);
  });
  await page.goto(url);
  await page.evaluate(() => window.__r);
  const before = new Set(loaded);
  await page.evaluate(
    async ([k, v]) => {
      window.Clair.set(k, v);
      await window.Clair.settled();
    },
    [key, value],
  );
  await context.close();
  const added = [...loaded].filter((f) => !before.has(f));
  return { files: added, gzip: added.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(DIST, 'esm', f))).length, 0) };
}

export default async function colour({ browser, generatedUrl, generatedCount, corpus, lib }) {
  const biggest = [...corpus].sort((a, b) => b.bytes - a.bytes)[0];
  const pages = [
    [`generated (${generatedCount} elements)`, generatedUrl + '?clair'],
    [`corpus ${biggest.id}`, biggest.url],
  ];
  for (const [label, url] of pages) {
    const { context, page } = await lib.openClairPage(browser, url);
    const s = await scan(page);
    const rows = [['change', 'time to next frame', 'bare (same runs)', '× bare']];
    for (const [key, value, from] of CHANGES) {
      const r = await pairedChange(page, key, value, from ? { from } : {});
      rows.push([`${key} ${from ? `${from} → ` : 'off → '}${value}`, lib.fmt(r.ms), lib.fmt(r.bare), r.ratio.toFixed(1)]);
    }
    console.log(`\n${label}: icon scan on first activation ${lib.fmt(s.duration)} (longest script task ${lib.fmt(s.script)}, longest rendering ${lib.fmt(s.render)}, ${s.marked} elements marked)`);
    console.log(lib.table(rows));
    await context.close();
  }
  const sizeRows = [['module (first turned on, panel closed)', 'gzip bytes', 'chunks']];
  for (const [key, value] of [['contrast', 'dark'], ['saturation', 'mono'], ['colourVision', 'protanopia']]) {
    const b = await moduleBytes(browser, pages[1][1], key, value);
    sizeRows.push([`${key}`, b.gzip, b.files.join(' ')]);
  }
  console.log('\n' + lib.table(sizeRows));
}
