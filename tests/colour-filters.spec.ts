/**
 * Page filters (saturation, colour-vision aid, inverted contrast): fixed and sticky elements stay
 * put, dialogs are filtered like the page, the canvas too, daltonisation makes a red/green pair a
 * protanope confuses distinguishable, and turning the filters off restores the page exactly.
 */
import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { centrePixel, pixels, ratio, setContrast, type Rgb } from './helpers/colour';
import { daltonizeMatrix, SIMULATION, type Matrix3 } from '../src/features/colour-vision/daltonize';

const FIXED = '/tests/fixtures/colour-fixed.html?clair';
const FIXTURE = '/tests/fixtures/colour.html?clair';

const FILTERS: [string, string, string][] = [
  ['saturation', 'saturation', 'mono'],
  ['colour-vision aid', 'colourVision', 'protanopia'],
  ['inverted contrast', 'contrast', 'invert'],
];

for (const [name, key, value] of FILTERS) {
  test(`${name}: fixed header, cookie banner, sticky element and dialog stay in place`, async ({ page, consoleLog }) => {
    test.setTimeout(120_000);
    await gotoClair(page, FIXED);
    const geometry = () =>
      page.evaluate(() => {
        const top = (id: string) => Math.round(document.getElementById(id)!.getBoundingClientRect().top);
        return { header: top('top'), cookies: Math.round(document.getElementById('cookies')!.getBoundingClientRect().bottom), sticky: top('sticky') };
      });
    if (key === 'contrast') await setContrast(page, value);
    else await setSetting(page, key, value);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).filter)).not.toBe('none');
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForFunction(() => window.scrollY === 1500);
    expect(await geometry()).toEqual({ header: 0, cookies: 900, sticky: 56 });
    // The screen agrees: something (the header, the banner and their text) is painted at the top and
    // the bottom, where the scrolled page is empty.
    const [empty] = await pixels(page, { x: 1270, y: 450, width: 1, height: 1 });
    for (const y of [0, 836]) {
      const strip = await pixels(page, { x: 0, y, width: 320, height: 64 });
      expect(Math.max(...strip.map((p) => ratio(p, empty!)))).toBeGreaterThanOrEqual(1.5);
    }
    // A modal dialog (top layer, outside <html>'s filter) is filtered like the page and centred.
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('dialog')!).filter)).not.toBe('none');
    const box = await page.evaluate(() => document.getElementById('dialog')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs(box.top + box.height / 2 - 450)).toBeLessThan(2);
    if (value === 'mono') {
      const [r, g, b] = await centrePixel(page, '#dialog p');
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(3);
    }
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

test('saturation: mono greys the page and its canvas, low mutes it', async ({ page }) => {
  await gotoClair(page, FIXED);
  const spread = ([r, g, b]: Rgb) => Math.max(r, g, b) - Math.min(r, g, b);
  const swatch = await centrePixel(page, '#swatch');
  await setSetting(page, 'saturation', 'low');
  const low = await centrePixel(page, '#swatch');
  expect(spread(low)).toBeLessThan(spread(swatch) * 0.7);
  await setSetting(page, 'saturation', 'mono');
  expect(spread(await centrePixel(page, '#swatch'))).toBeLessThanOrEqual(3);
  // The page background is the canvas (body's colour, pink): greyed too.
  const [canvas] = await pixels(page, { x: 1200, y: 300, width: 1, height: 1 });
  expect(spread(canvas!)).toBeLessThanOrEqual(3);
});

// Colour maths of the test itself (sRGB ⇄ linear, CIELAB ΔE), independent of the page's.
const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const enc = (v: number) => Math.round(255 * (Math.min(1, Math.max(0, v)) <= 0.0031308 ? 12.92 * Math.max(0, v) : 1.055 * Math.min(1, v) ** (1 / 2.4) - 0.055));
const apply = (m: Matrix3, c: Rgb): Rgb => m.map((row) => enc(row[0] * lin(c[0]) + row[1] * lin(c[1]) + row[2] * lin(c[2]))) as Rgb;
function lab(c: Rgb): [number, number, number] {
  const [r, g, b] = c.map(lin) as Rgb;
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = xyz.map(f) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

test('colour-vision aid: a red/green pair a protanope confuses becomes distinguishable', async ({ page }) => {
  const red: Rgb = [0xc8, 0x3c, 0x3c];
  const green: Rgb = [0x44, 0x64, 0x40];
  const protan = SIMULATION.protanopia;
  const D = daltonizeMatrix('protanopia');
  // As a protanope sees them: nearly the same colour...
  expect(deltaE(apply(protan, red), apply(protan, green))).toBeLessThan(5);
  // ...after daltonisation, clearly different (ΔE > 20), while white stays white.
  expect(deltaE(apply(protan, apply(D, red)), apply(protan, apply(D, green)))).toBeGreaterThan(20);
  expect(apply(D, [255, 255, 255])).toEqual([255, 255, 255]);

  // And the page really shows the daltonised colours (the SVG filter is applied).
  await gotoClair(page, FIXTURE);
  expect(await centrePixel(page, '#red')).toEqual(red);
  await setSetting(page, 'colourVision', 'protanopia');
  for (const [sel, colour] of [['#red', red], ['#green', green]] as const) {
    const seen = await centrePixel(page, sel);
    const expected = apply(D, colour);
    seen.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${sel} channel ${i}`).toBeLessThanOrEqual(4));
  }
  expect(await page.locator('svg#clair-colour-filters[data-clair-ui][aria-hidden="true"]').count()).toBe(1);
});

test('filters combine, and turning them off restores the page exactly', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXED);
  const snapshot = () =>
    page.evaluate(() => ({
      body: document.body.outerHTML,
      root: document.documentElement.getAttributeNames().join(' '),
      rootChildren: [...document.documentElement.children].map((c) => c.localName).join(' '),
      filter: getComputedStyle(document.documentElement).filter,
      before: getComputedStyle(document.documentElement, '::before').content,
      sheets: document.adoptedStyleSheets.length,
    }));
  const before = await snapshot();
  await setSetting(page, 'colourVision', 'deuteranopia');
  await setSetting(page, 'saturation', 'low');
  await setContrast(page, 'invert');
  const chain = await page.evaluate(() => getComputedStyle(document.documentElement).filter);
  // Inversion first (photos come back natural), then the colour-vision matrix, then saturation.
  expect(chain).toMatch(/^invert\(1\) hue-rotate\(180deg\) url\(.*#clair-colour-vision.*\) saturate\(0\.45\)$/);
  await setSetting(page, 'colourVision', 'tritanopia');
  expect(await page.locator('#clair-colour-vision feColorMatrix').count()).toBe(1);
  await resetAll(page);
  expect(await snapshot()).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});
