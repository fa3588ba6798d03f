/**
 * Style-only visual aids: outlined links, highlighted headings, strong focus ring, large cursor.
 * Real Chromium, computed styles and geometry; each turned off must leave the page as it was.
 */
import { expect, gotoClair, newViolations, openPanel, pageAtRest, resetAll, setSetting, test, violationCounts } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { contrast, nextFrames, setMany, snapshot } from './helpers/aids';

const FIXTURE = '/tests/fixtures/visual-aids.html';

const css = (page: import('@playwright/test').Page, selector: string, prop: string, pseudo?: string) =>
  page.evaluate(([s, p, ps]) => getComputedStyle(document.querySelector(s)!, ps ?? null).getPropertyValue(p), [selector, prop, pseudo] as const);

test('outlined links: two rings outside the text, 3:1 on light and dark, focus style left to the site, reversible', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  expect(await setSetting(page, 'outlineLinks', true)).toBe(true);

  const shadow = await css(page, '#inline-link', 'box-shadow');
  expect(shadow).toBe('rgb(255, 255, 255) 0px 0px 0px 2px, rgb(26, 26, 26) 0px 0px 0px 4px');
  // The dark ring against the page, the light ring against the dark banner.
  expect(contrast('rgb(26, 26, 26)', await css(page, 'body', 'background-color'))).toBeGreaterThanOrEqual(3);
  expect(contrast('rgb(255, 255, 255)', await css(page, '.banner', 'background-color'))).toBeGreaterThanOrEqual(3);
  // A link broken over two lines gets a closed box on each line; its text stays on top.
  expect(await css(page, '#inline-link', 'box-decoration-break')).toBe('clone');
  const hit = await page.evaluate(() => {
    const rects = [...document.getElementById('inline-link')!.getClientRects()];
    return rects.map((r) => document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id);
  });
  expect(hit.length).toBeGreaterThan(1);
  expect(hit.every((id) => id === 'inline-link')).toBe(true);

  // Keyboard focus: the rings step aside for the site's own focus indicator.
  await page.keyboard.press('Tab');
  await expect(page.locator('#banner-link')).toBeFocused();
  expect(await css(page, '#banner-link', 'box-shadow')).toBe('none');
  await page.locator('#banner-link').evaluate((el: HTMLElement) => el.blur());

  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('highlighted headings: a bar per level in the accent colour, no generated text, colours untouched', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  const colourBefore = await css(page, '#title', 'color');
  await setSetting(page, 'highlightHeadings', true);

  expect(await css(page, '#title', 'border-left-width')).toBe('10px');
  expect(await css(page, '#motion', 'border-left-width')).toBe('8px');
  expect(await css(page, '#images', 'border-left-width')).toBe('6px');
  expect(await css(page, '#aria-heading', 'border-left-width')).toBe('6px');
  expect(await css(page, '#title', 'border-left-style')).toBe('solid');
  // Accent colour (4.5:1 with white by construction) against the white page.
  expect(contrast(await css(page, '#title', 'border-left-color'), 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
  expect(await css(page, '#title', 'content', '::before')).toBe('none');
  expect(await css(page, '#title', 'color')).toBe(colourBefore);
  expect(await css(page, '#title', 'background-color')).toBe('rgba(0, 0, 0, 0)');
  // Right-to-left headings get the bar on their start side.
  await page.locator('#motion').evaluate((el) => el.setAttribute('dir', 'rtl'));
  expect(await css(page, '#motion', 'border-right-width')).toBe('8px');
  await page.locator('#motion').evaluate((el) => el.removeAttribute('dir'));

  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
});

test('focus ring: 3 px dark ring in a light halo on :focus-visible, on light and dark backgrounds', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await setSetting(page, 'focusRing', true);

  await page.keyboard.press('Tab');
  await expect(page.locator('#banner-link')).toBeFocused();
  expect(await css(page, '#banner-link', 'outline-style')).toBe('solid');
  expect(await css(page, '#banner-link', 'outline-width')).toBe('3px');
  expect(await css(page, '#banner-link', 'outline-color')).toBe('rgb(26, 26, 26)');
  expect(await css(page, '#banner-link', 'box-shadow')).toBe('rgb(255, 255, 255) 0px 0px 0px 6px');
  // One ring or the other stands out 3:1 from any background; the pair is 16:1 between them.
  expect(contrast('rgb(255, 255, 255)', await css(page, '.banner', 'background-color'))).toBeGreaterThanOrEqual(3);
  expect(contrast('rgb(26, 26, 26)', await css(page, 'body', 'background-color'))).toBeGreaterThanOrEqual(3);

  // Form fields too.
  await page.locator('#name').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#name')).toBeFocused();
  expect(await css(page, '#name', 'outline-width')).toBe('3px');
  // A mouse click on a button is not keyboard focus: no ring.
  await page.locator('#send').click();
  expect(await css(page, '#send', 'outline-style')).not.toBe('solid');

  await page.locator('#send').evaluate((el: HTMLElement) => el.blur());
  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
});

test('large cursor: arrow, hand and text cursors in two sizes and two colours; a change is a sheet update', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await setSetting(page, 'cursor', 'large-black');
  const cursorOf = (selector: string) => css(page, selector, 'cursor');

  expect(await cursorOf('#lines')).toMatch(/^url\("data:image\/svg\+xml,.*width%3D%2248%22.*"\) 24 24, text$/);
  expect(await cursorOf('#inline-link')).toMatch(/^url\("data:image\/svg\+xml,.*"\) 19 3, pointer$/);
  expect(await cursorOf('#send')).toMatch(/, pointer$/);
  expect(await cursorOf('#agree')).toMatch(/, pointer$/);
  expect(await cursorOf('#name')).toMatch(/, text$/);
  expect(await cursorOf('#note')).toMatch(/, text$/);
  expect(await cursorOf('main')).toMatch(/^url\("data:image\/svg\+xml,.*"\) 5 3, default$/);
  expect(await cursorOf('#lines')).toContain('fill%3D%22%23000%22');
  const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);

  await setSetting(page, 'cursor', 'xl-white');
  expect(await cursorOf('#lines')).toContain('width%3D%2272%22');
  expect(await cursorOf('#lines')).toContain('fill%3D%22%23fff%22');
  expect(await cursorOf('#inline-link')).toMatch(/"\) 28 5, pointer$/);
  // Same owner sheet, new text: no new sheet, no page walk.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheets);
  await page.locator('#send').evaluate((el) => el.setAttribute('disabled', ''));
  expect(await cursorOf('#send')).toMatch(/, default$/);
  await page.locator('#send').evaluate((el) => el.removeAttribute('disabled'));

  // The images decode (the browser shows them): same SVG as an <img> loads.
  const loads = await page.evaluate(async () => {
    const url = /url\("([^"]+)"\)/.exec(getComputedStyle(document.getElementById('inline-link')!).cursor)?.[1] ?? '';
    const img = new Image();
    img.src = url;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(loads).toEqual([72, 72]);

  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('large cursor works under the demo site\'s strict CSP (img-src data: allowed)', async ({ page, consoleLog }) => {
  await gotoClair(page, '/demo/csp-strict.html');
  await setSetting(page, 'cursor', 'xl-black');
  expect(await css(page, 'main p', 'cursor')).toMatch(/^url\("data:image\/svg\+xml,.*, text$/);
  expect(consoleLog.messages.filter((m) => /Content Security Policy/i.test(m.text))).toEqual([]);
});

test('large cursor under a CSP that blocks data: images: page unchanged, clear warning, panel says so', async ({ page, consoleLog }) => {
  await page.route('**/csp-blocks-data.html', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; img-src 'self'" },
      body: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title></head><body><main><h1>CSP</h1><p id="p">Texte.</p></main><script src="/dist/clair.js" defer data-lang="fr"></script></body></html>',
    }),
  );
  await gotoClair(page, '/csp-blocks-data.html');
  const before = await snapshot(page);
  await setSetting(page, 'cursor', 'large-black');
  expect(await css(page, '#p', 'cursor')).toBe('auto');
  expect(consoleLog.warnings().some((w) => w.includes('CLAIR_CSP'))).toBe(true);
  const after = await snapshot(page);
  expect(after).toEqual(before);
  // The group is open (a setting in it is changed) and says the aid could not start.
  await openPanel(page, { expandAll: false });
  await expect(page.getByRole('alert')).toContainText('Grand curseur');
});

test('reversibility: every style aid on, then Reset everything, leaves the page exactly as it was', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await page.locator('#name').fill('Martin');
  await page.locator('#note').focus();
  const before = await snapshot(page);
  await setMany(page, { underlineLinks: true, outlineLinks: true, highlightHeadings: true, focusRing: true, cursor: 'xl-black' });
  await nextFrames(page);
  await expect(page.locator("#note")).toBeFocused();
  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
});

/**
 * axe on real pages with every visual aid of this area on at once (one axe run per state keeps the
 * suite fast; a rule whose node count grows points at the module). A representative subset:
 * inaccessible and accessible BAD pages, DSFR, NHS, MCC (lazy images, animations).
 */
const AXE_PAGES = ['w3c-bad-before-home', 'w3c-bad-after-news', 'dsfr-login', 'nhs-pregnancy', 'mcc-je-veux-me-faire-vacciner'];
const ALL_AIDS = {
  underlineLinks: true,
  outlineLinks: true,
  highlightHeadings: true,
  focusRing: true,
  cursor: 'large-black',
  readingGuide: true,
  readingMask: true,
  stopAnimations: true,
  hideImages: true,
};

for (const id of AXE_PAGES) {
  test(`axe: visual aids add no violation on ${id}, and reset restores it`, async ({ page, consoleLog }) => {
    test.slow();
    await gotoClair(page, corpusUrl(id));
    // The pointer stays in one place throughout (guide and mask follow it; hover styles stay put).
    await page.mouse.move(400, 300);
    const baseline = await violationCounts(page);
    const before = await snapshot(page);
    await setMany(page, ALL_AIDS);
    await page.mouse.move(401, 300);
    await page.mouse.move(400, 300);
    await nextFrames(page);
    expect(newViolations(baseline, await violationCounts(page))).toEqual({});
    await resetAll(page);
    // The layout changed under a still pointer: move it so hover styles are computed afresh.
    await page.mouse.move(401, 300);
    await page.mouse.move(400, 300);
    await pageAtRest(page);
    expect(await snapshot(page)).toEqual(before);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}
