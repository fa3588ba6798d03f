/**
 * Shared measuring tools for `npm run bench` sections (bench/*.bench.mjs).
 * All timings are medians over several runs, in milliseconds, measured inside the page with
 * performance.now() around the change plus a forced style and layout flush (what the browser must
 * do before the next frame can be painted).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { closure, gz } from '../scripts/size.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/** Opens a page and waits for Clair to be ready. */
export async function openClairPage(browser, url, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__clairReady = new Promise((r) => document.addEventListener('clair:ready', () => r(), { once: true }));
  });
  await page.goto(url);
  await page.evaluate(() => window.__clairReady);
  return { context, page };
}

/**
 * The physical limit: toggling one class on <html> that changes the root font size, plus the
 * style and layout flush it forces.
 */
export const BARE_CSS = 'html.clair-bench-bare { font-size: 125% }';

export async function bareRestyle(page, runs = 7) {
  return page.evaluate(async ([n, css]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const times = [];
    for (let i = 0; i < n; i++) {
      await frame();
      const t0 = performance.now();
      document.documentElement.classList.toggle('clair-bench-bare');
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      times.push(performance.now() - t0);
    }
    document.documentElement.classList.remove('clair-bench-bare');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, [runs, BARE_CSS]);
}

/** Formats rows as an aligned text table. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

/** Chunks already loaded before any feature: start-up and the boot-runtime chunk with its imports. */
export function loadedAtStartup(esm) {
  const boot = readdirSync(esm).find((f) => f.startsWith('boot-runtime-') && f.endsWith('.js'));
  return new Set([...closure(path.join(esm, 'index.js')), ...(boot ? closure(path.join(esm, boot)) : [])]);
}

/** A chunk's name without its hash: "text-size-AbC123xy.js" → "text-size". */
export const chunkName = (file) => path.basename(file).replace(/-[\w-]{8}\.js$/, '');

/**
 * Gzip bytes each feature module adds on first use: its own chunk, and with the shared chunks it
 * imports that start-up has not loaded already (named after the total).
 */
export function moduleBytesTable(esm, names) {
  const files = readdirSync(esm).filter((f) => f.endsWith('.js'));
  const startup = loadedAtStartup(esm);
  const rows = [['module chunk', 'own gzip', 'with shared chunks not yet loaded']];
  for (const name of names) {
    const file = files.find((f) => chunkName(f) === name);
    if (!file) continue;
    const all = closure(path.join(esm, file)).filter((f) => !startup.has(f));
    const shared = all.filter((f) => path.basename(f) !== file).map(chunkName);
    rows.push([name, `${gz(path.join(esm, file)).gzip} B`, `${all.reduce((n, f) => n + gz(f).gzip, 0)} B${shared.length ? ` (+ ${shared.join(', ')})` : ''}`]);
  }
  return rows.length > 1 ? table(rows) : `no chunks found for ${names.join(', ')}`;
}

export const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');

/**
 * Long Animation Frames while a change happens: the longest script run in one task, and the
 * longest rendering step (the browser restyling and painting, which no script can slice).
 * `watchFrames` before the change; `readFrames` once it is done (it waits for the frame to end).
 */
export async function watchFrames(page) {
  await page.evaluate(() => {
    const seen = { script: 0, render: 0 };
    seen.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        for (const s of e.scripts) seen.script = Math.max(seen.script, s.duration);
        if (e.renderStart) seen.render = Math.max(seen.render, e.startTime + e.duration - e.renderStart);
      }
    });
    seen.observer.observe({ type: 'long-animation-frame' });
    window.__clairFrames = seen;
  });
}

export async function readFrames(page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const { observer, script, render } = window.__clairFrames;
    observer.disconnect();
    return { script, render };
  });
}
