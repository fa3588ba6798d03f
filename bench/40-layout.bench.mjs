/**
 * Layout figures (reading view, simplified page, page map): time to open the reading view
 * (extraction on a clone + sanitising + render, until the view has focus) and to apply the
 * simplified page (classification walk + sheet, until the page is laid out again), on the generated
 * ~20k-element page, the biggest corpus page and demo/dossier-medical.html; the longest task during
 * each; time to build the page map; and the bytes each module adds (gzip), with a check that
 * Readability and DOMPurify are not in the start-up bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { closure, measure } from '../scripts/size.mjs';

const RUNS = 5;

/** Median time of `Clair.set(key, true)` until settled and laid out; longest task seen meanwhile. */
async function timeSetting(page, key) {
  return page.evaluate(
    async ({ key, runs }) => {
      const clair = window.Clair;
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const tasks = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
      // Warm: the chunk and the strings are loaded once.
      clair.set(key, true);
      await clair.settled();
      clair.set(key, false);
      await clair.settled();
      tasks.length = 0;
      const times = [];
      for (let i = 0; i < runs; i++) {
        await frame();
        const t0 = performance.now();
        clair.set(key, true);
        await clair.settled();
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        clair.set(key, false);
        await clair.settled();
      }
      await frame();
      observer.disconnect();
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(times.length / 2)], longest: tasks.length ? Math.max(...tasks) : 0 };
    },
    { key, runs: RUNS },
  );
}

/** Median time for the page map to read the page and render (the panel open). */
async function timePageMap(page) {
  await page.evaluate(async () => {
    await window.Clair.open();
    // The panel shows groups as disclosures: open "navigate", where the map lives.
    const panel = document.querySelector('clair-toolbar').shadowRoot.querySelector('clair-panel');
    const toggle = panel.shadowRoot.querySelector('#g-navigate');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  });
  await page.waitForFunction(() => {
    const toolbar = document.querySelector('clair-toolbar');
    const panel = toolbar?.shadowRoot?.querySelector('clair-panel');
    return !!panel?.shadowRoot?.querySelector('clair-page-map')?.shadowRoot?.querySelector('button');
  });
  return page.evaluate(async (runs) => {
    const map = document.querySelector('clair-toolbar').shadowRoot.querySelector('clair-panel').shadowRoot.querySelector('clair-page-map');
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      map.refresh();
      await map.updateComplete;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, RUNS);
}

export default async function layout(ctx) {
  const { browser, baseURL, corpus, generatedUrl, lib } = ctx;
  const biggest = [...corpus].sort((a, b) => b.bytes - a.bytes)[0];
  const pages = [
    { name: `generated (${ctx.generatedCount} elements)`, url: generatedUrl + '?clair' },
    { name: `corpus ${biggest.id}`, url: biggest.url },
    { name: 'demo/dossier-medical.html', url: `${baseURL}/demo/dossier-medical.html` },
  ];
  const rows = [['page', 'elements', 'reading view open', 'longest task', 'simplified page', 'longest task', 'page map', 'bare restyle']];
  for (const p of pages) {
    const { context, page } = await lib.openClairPage(browser, p.url);
    try {
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const bare = await lib.bareRestyle(page);
      const view = await timeSetting(page, 'readingView');
      const simple = await timeSetting(page, 'simplifiedPage');
      const map = await timePageMap(page);
      rows.push([p.name, elements, lib.fmt(view.median), lib.fmt(view.longest), lib.fmt(simple.median), lib.fmt(simple.longest), lib.fmt(map), lib.fmt(bare)]);
      console.log(`  measured ${p.name}`);
    } finally {
      await context.close();
    }
  }
  console.log(lib.table(rows));

  const dist = process.env.CLAIR_DIST ?? 'dist';
  const m = measure(dist);
  const esm = path.join(dist, 'esm');
  const own = ['reading-view', 'simplified-page', 'page-map', 'focus-target'];
  const sizeRows = [['chunk', 'raw', 'gzip']];
  for (const c of m.chunks.filter((c) => own.some((o) => c.file.startsWith(o)))) sizeRows.push([c.file, c.raw, c.gzip]);
  console.log('\n' + lib.table(sizeRows));
  // The reading view's chunk with everything it imports that start-up does not already load.
  const viewChunk = m.chunks.find((c) => c.file.startsWith('reading-view'));
  if (viewChunk) {
    const extra = closure(path.join(esm, viewChunk.file)).filter((f) => !m.startupFiles.includes(f));
    const gz = extra.map((f) => gzipSync(readFileSync(f), { level: 9 }).length).reduce((a, b) => a + b, 0);
    console.log(`reading view on first use downloads ${extra.length} file(s), ${gz} B gzip`);
  }
  const startupText = m.startupFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  // Property names that survive minification: Readability's regexps, DOMPurify's config keys.
  const leaked = ['unlikelyCandidates', 'ALLOWED_TAGS'].filter((s) => startupText.includes(s));
  console.log(`Readability/DOMPurify in the start-up bundle: ${leaked.length ? 'YES (' + leaked.join(', ') + ')' : 'no'} (start-up ${m.startup.gzip} B gzip)`);
}
