/**
 * Reading guide and reading mask: Clair UI over the page that follows the pointer, keyboard focus
 * and Alt+↑/↓, never takes clicks, works with touch, honours reduced motion and goes away cleanly.
 */
import type { Page } from '@playwright/test';
import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { nextFrames, snapshot } from './helpers/aids';

const FIXTURE = '/tests/fixtures/visual-aids.html';
/** Root font size 16 px × 1.5. */
const LINE = 24;

/** Geometry of the ruler, or of the clear band between the two shades. */
function guide(page: Page) {
  return page.evaluate(() => {
    const ruler = document.querySelector('clair-reading-guide')?.shadowRoot?.querySelector('.ruler');
    if (!ruler) return null;
    const r = ruler.getBoundingClientRect();
    return { top: r.top, height: r.height, width: r.width, transition: getComputedStyle(ruler).transitionDuration };
  });
}

/** Ruler top minus (element bottom + 2 px gap), measured in one go: 0 when the guide is under it. */
function offsetUnder(page: Page, selector: string) {
  return page.evaluate((s) => {
    const ruler = document.querySelector('clair-reading-guide')?.shadowRoot?.querySelector('.ruler');
    const el = document.querySelector(s);
    if (!ruler || !el) return NaN;
    return Math.round(ruler.getBoundingClientRect().top - (el.getBoundingClientRect().bottom + 2));
  }, selector);
}

function band(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('clair-reading-mask')?.shadowRoot;
    const top = root?.querySelector('.top')?.getBoundingClientRect();
    const bottom = root?.querySelector('.bottom')?.getBoundingClientRect();
    return top && bottom ? { from: top.bottom, to: bottom.top } : null;
  });
}

test('reading guide follows the pointer, never takes clicks, and is removed on reset', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await setSetting(page, 'readingGuide', true);

  const host = page.locator('clair-reading-guide');
  await expect(host).toHaveAttribute('data-clair-ui', '');
  await expect(host).toHaveAttribute('aria-hidden', 'true');
  expect(await host.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  expect(await host.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

  // Just under the line the pointer is on: y + half a line + 2 px gap.
  for (const y of [200, 420, 130]) {
    await page.mouse.move(300, y);
    await expect.poll(async () => (await guide(page))?.top).toBe(y + LINE / 2 + 2);
  }
  const ruler = await guide(page);
  expect(ruler?.height).toBe(8);
  expect(ruler?.width).toBe(1280);

  // Clicks go through to the page (Playwright checks the link is the hit target).
  const link = page.locator('#inline-link');
  await link.click();
  await expect(page).toHaveURL(/#suite$/);
  await link.evaluate((el: HTMLElement) => el.blur());

  await resetAll(page);
  await expect(host).toHaveCount(0);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('reading mask dims all but a band around the pointer; a link under the shade can still be clicked', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await setSetting(page, 'readingMask', true);
  await page.mouse.move(300, 300);
  // One line around the pointer plus one line of context above and below.
  await expect.poll(() => band(page)).toEqual({ from: 300 - LINE / 2 - LINE, to: 300 + LINE / 2 + LINE });
  const shade = await page.evaluate(() => getComputedStyle(document.querySelector('clair-reading-mask')!.shadowRoot!.querySelector('.shade')!).backgroundColor);
  expect(shade).toBe('rgba(0, 0, 0, 0.6)');

  // Hit-testing ignores the mask: the page's element is found under the shade.
  const far = page.locator('#banner-link');
  const box = (await far.boundingBox())!;
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + 5, y: box.y + 5 })).toBe('banner-link');
  // A real click lands on it while it is still shaded (the band moves on the next frame).
  await page.locator('#banner-link').evaluate((a) => a.addEventListener('click', (e) => { e.preventDefault(); a.setAttribute('data-clicked', ''); }, { once: true }));
  await page.mouse.click(box.x + 5, box.y + 5);
  await expect(far).toHaveAttribute('data-clicked', '');
  await far.evaluate((a: HTMLElement) => {
    a.removeAttribute('data-clicked');
    a.blur();
  });

  await resetAll(page);
  await expect(page.locator('clair-reading-mask')).toHaveCount(0);
  expect(await snapshot(page)).toEqual(before);
});

test('keyboard: the band follows focus, Alt+↑/↓ moves it a line, fields keep their Alt+arrows', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'readingGuide', true);
  await setSetting(page, 'readingMask', true);

  await page.keyboard.press('Tab');
  await expect(page.locator('#banner-link')).toBeFocused();
  const link = (await page.locator('#banner-link').boundingBox())!;
  await expect.poll(async () => Math.abs(await offsetUnder(page, '#banner-link'))).toBeLessThanOrEqual(1);
  await expect.poll(() => band(page)).toEqual({ from: Math.round(link.y - LINE), to: Math.round(link.y + link.height + LINE) });

  // Alt+↓ twice, Alt+↑ once: one line below the link's first line, for both aids (one tracker).
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => Math.abs((await guide(page))!.top - (link.y + 2 * LINE + 2))).toBeLessThanOrEqual(1);
  const guided = (await guide(page))!.top;
  const masked = (await band(page))!;
  // Sub-pixel positions (scrolling, the guide snapped to whole pixels): within one pixel, as above.
  expect(Math.abs(masked.to - masked.from - 3 * LINE)).toBeLessThanOrEqual(1);
  expect(Math.abs(guided - (masked.to - LINE + 2))).toBeLessThanOrEqual(1);
  // Plain arrows are left to the page (scrolling).
  const scroll = await page.evaluate(() => scrollY);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scroll);

  // Focus in a text field: the band moves to it; Alt+↓ stays with the field.
  await page.locator('#note').focus();
  await expect.poll(async () => Math.abs(await offsetUnder(page, '#note'))).toBeLessThanOrEqual(1);
  await page.keyboard.press('Alt+ArrowDown');
  await nextFrames(page);
  expect(Math.abs(await offsetUnder(page, '#note'))).toBeLessThanOrEqual(1);

  // The band follows the focused element when the page scrolls.
  await page.locator('#far-link').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#far-link')).toBeFocused();
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => Math.abs(await offsetUnder(page, '#far-link'))).toBeLessThanOrEqual(1);
  await resetAll(page);
});

test('a jump glides for 120 ms, except with prefers-reduced-motion', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'readingGuide', true);
  await page.mouse.move(200, 200);
  await expect.poll(async () => (await guide(page))?.transition).toBe('0s');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await guide(page))?.transition).toBe('0.12s');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('Alt+ArrowDown');
  await nextFrames(page);
  expect((await guide(page))?.transition).toBe('0s');
  await resetAll(page);
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a tap moves the guide and the mask band to the finger', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    await setSetting(page, 'readingGuide', true);
    await setSetting(page, 'readingMask', true);
    await page.touchscreen.tap(400, 500);
    await expect.poll(async () => (await guide(page))?.top).toBe(500 + LINE / 2 + 2);
    await expect.poll(() => band(page)).toEqual({ from: 500 - LINE / 2 - LINE, to: 500 + LINE / 2 + LINE });
    await resetAll(page);
    await expect(page.locator('clair-reading-guide, clair-reading-mask')).toHaveCount(0);
  });
});
