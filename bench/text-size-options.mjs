/**
 * Compares the ways to enlarge text considered in text-size.md, without Clair, on a few pages:
 * cost of a 150 % → 175 % change (style + layout flush, median), share of text elements that
 * really end up 1.75× their original size, and horizontal overflow at 1280 px.
 *   node scripts/serve.mjs --port 4210 &   node bench/text-size-options.mjs http://127.0.0.1:4210
 * (bench/pages/generated.html is written by `npm run bench`; run it once first.)
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4210';
const pages = ['/bench/pages/generated.html', '/corpus/dsfr-register/index.html', '/corpus/nhs-pregnancy/index.html', '/corpus/w3c-bad-before-news/index.html', '/corpus/mcc-je-veux-me-faire-vacciner/index.html'];
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

for (const url of pages) {
  await page.goto(base + url);
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const flush = () => {
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
    };
    const text = [...document.body.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
    const original = text.map((el) => parseFloat(getComputedStyle(el).fontSize));
    const coverage = (factor) => text.filter((el, i) => Math.abs(parseFloat(getComputedStyle(el).fontSize) - original[i] * factor) <= original[i] * factor * 0.02).length / text.length;
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const time = async (setA, setB, runs = 3) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        setA();
        flush();
        await frame();
        const t0 = performance.now();
        setB();
        flush();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
    };
    const out = { elements: document.getElementsByTagName('*').length, textElements: text.length };
    // Reference: root font size class toggle (lib.mjs bareRestyle).
    sheet.replaceSync('html.bare{font-size:125%}');
    out.bare = await time(() => document.documentElement.classList.remove('bare'), () => document.documentElement.classList.add('bare'));
    document.documentElement.classList.remove('bare');
    // 1. zoom on <body>.
    sheet.replaceSync('');
    out.zoom = await time(() => (document.body.style.zoom = '1.5'), () => (document.body.style.zoom = '1.75'));
    out.zoomCoverage = coverage(1.75);
    out.zoomOverflow = overflow();
    document.body.style.removeProperty('zoom');
    // 2. root font size.
    out.root = await time(() => sheet.replaceSync('html{font-size:150%!important}'), () => sheet.replaceSync('html{font-size:175%!important}'));
    out.rootCoverage = coverage(1.75);
    out.rootOverflow = overflow();
    sheet.replaceSync('');
    // 3. text-size-adjust (honoured by mobile browsers only).
    sheet.replaceSync('html{text-size-adjust:175%!important;-webkit-text-size-adjust:175%!important}');
    out.adjustCoverage = coverage(1.75);
    sheet.replaceSync('');
    flush();
    // 4. Clair's choice: one walk records each element's own size; one rule per size × a variable.
    const t0 = performance.now();
    const all = [...document.body.querySelectorAll('*')];
    const sizes = new Set();
    const recorded = all.map((el) => String(Math.round(parseFloat(getComputedStyle(el).fontSize) * 100) / 100));
    all.forEach((el, i) => {
      el.setAttribute('data-fs', recorded[i]);
      sizes.add(recorded[i]);
    });
    out.walk = performance.now() - t0;
    const rules = [...sizes].map((s) => `[data-fs="${s}"]{font-size:calc(${s}px * var(--scale))!important}`).join('');
    out.walkedRules = sizes.size;
    out.marks = await time(() => sheet.replaceSync(`:root{--scale:1.5}${rules}`), () => sheet.replaceSync(`:root{--scale:1.75}${rules}`));
    out.marksCoverage = coverage(1.75);
    out.marksOverflow = overflow();
    return out;
  });
  console.log(url, JSON.stringify(result, (k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
}
await browser.close();
