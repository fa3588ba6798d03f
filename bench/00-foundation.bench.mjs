/**
 * Foundation figures: bundle sizes (raw and gzip) with the start-up budget, time from the loader's
 * start to the launcher being visible, long tasks during start-up, JS heap added, and which chunks
 * a first visit downloads before the visitor touches Clair.
 */
import { readFileSync } from 'node:fs';
import { measure } from '../scripts/size.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));

async function startup(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.__clairReady = new Promise((r) => document.addEventListener('clair:ready', () => r(), { once: true }));
  });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  const withClair = url.includes('clair');
  if (withClair) await page.evaluate(() => window.__clairReady);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const marks = await page.evaluate(() => {
    const get = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const start = get('clair:loader-start');
    const visible = get('clair:launcher-visible');
    // Long tasks that overlap Clair's start-up window (loader start → launcher visible + 100 ms).
    const during = window.__longTasks.filter((t) => Number.isFinite(start) && t.start + t.duration > start && t.start < visible + 100);
    return { start, visible, longTasks: window.__longTasks, during };
  });
  await context.close();
  return { ...marks, heap: usedSize, requests: requests.filter((r) => /\/dist\/(clair\.js|esm\/|locales\/)/.test(r)) };
}

export default async function foundation({ browser, generatedUrl, generatedCount, corpus, lib }) {
  const m = measure();
  console.log('Sizes (bytes):');
  console.log(
    lib.table([
      ['bundle', 'raw', 'gzip', 'budget (gzip)'],
      ['loader dist/clair.js', m.loader.raw, m.loader.gzip, ''],
      ['start-up total (loader + entry + static imports)', m.startup.raw, m.startup.gzip, `${budget.startup} ${m.startup.gzip <= budget.startup ? 'met' : 'EXCEEDED'}`],
      ['stored-preference chunk (parallel, at start-up)', m.storedPreferences.raw, m.storedPreferences.gzip, budget.storedPreferences],
      ['panel (first open)', m.panel.raw, m.panel.gzip, budget.panel],
      ...m.chunks.map((c) => [`  chunk ${c.file}`, c.raw, c.gzip, '']),
    ]),
  );

  const biggest = [...corpus].sort((a, b) => b.bytes - a.bytes)[0];
  const pages = [
    [`generated (${generatedCount} elements)`, generatedUrl],
    [`corpus ${biggest.id}`, biggest.url.replace('?clair', '')],
  ];
  const rows = [['page', 'loader start', 'launcher visible', 'start→visible', 'long tasks in start-up window', 'long tasks whole load (with / without Clair)', 'JS heap added', 'chunks fetched']];
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await startup(browser, `${url}?clair`));
    const base = await startup(browser, url);
    const med = (f) => lib.median(runs.map(f));
    const longWith = med((r) => r.longTasks.length);
    rows.push([
      name,
      lib.fmt(med((r) => r.start)),
      lib.fmt(med((r) => r.visible)),
      lib.fmt(med((r) => r.visible - r.start)),
      `${med((r) => r.during.length)} (longest ${lib.fmt(Math.max(0, ...runs.flatMap((r) => r.during.map((t) => t.duration))))})`,
      `${longWith} / ${base.longTasks.length}`,
      `${((med((r) => r.heap) - base.heap) / 1024).toFixed(0)} KiB`,
      runs[0].requests.map((u) => u.split('/').pop()).join(' '),
    ]);
  }
  console.log('\nStart-up (median of 5, first visit, no stored preferences):');
  console.log(lib.table(rows));
}
