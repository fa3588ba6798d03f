/**
 * Hide images (low-data mode): images give way to their text alternative, decorative ones to
 * nothing, backgrounds go, lazy images are not downloaded while it is on; everything comes back.
 */
import type { Page, Request } from '@playwright/test';
import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { nextFrames, snapshot } from './helpers/aids';

const FIXTURE = '/tests/fixtures/visual-aids.html';

/** Every image request the page makes, by URL. */
function recordImages(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'image') urls.push(request.url());
  });
  return urls;
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await nextFrames(page);
}

test('images give way to their text, decorative ones to nothing; lazy ones are not fetched; reset brings all back', async ({ page, consoleLog }) => {
  const images = recordImages(page);
  await gotoClair(page, FIXTURE);
  await page.waitForLoadState('load');
  const before = await snapshot(page);
  expect(images.filter((u) => u.includes('lazy'))).toEqual([]);

  await setSetting(page, 'hideImages', true);
  await expect(page.locator('#photo')).toBeHidden();
  // The stand-in: the same name, as an image, with the text visible.
  const standIn = page.locator('#photo + clair-alt-text');
  await expect(standIn).toHaveAttribute('data-clair-ui', '');
  await expect(standIn).toHaveAttribute('role', 'img');
  await expect(page.getByRole('img', { name: 'Façade du centre de santé' })).toBeVisible();
  await expect(standIn).toHaveText('Façade du centre de santé');
  // Decorative image: nothing in its place. Image link: still named, still clickable.
  expect(await page.locator('#deco').evaluate((img) => img.nextElementSibling?.tagName ?? '')).not.toBe('CLAIR-ALT-TEXT');
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
  // Backgrounds go.
  expect(await page.locator('#pattern').evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');

  // Lazy images far down the page: scrolled to, not downloaded; their text shows.
  await scrollToEnd(page);
  await expect(page.getByRole('img', { name: 'Plan d’accès' })).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(images.filter((u) => u.includes('lazy'))).toEqual([]);

  // Reset: images are back; the lazy one in view now downloads.
  const lazy = page.waitForRequest((r) => r.url().includes('photo.svg?lazy1'));
  await resetAll(page);
  await lazy;
  await expect(page.locator('#lazy1')).toBeVisible();
  await expect(page.locator('clair-alt-text')).toHaveCount(0);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('images added or changed later get their stand-in; removed ones take it with them', async ({ page }) => {
  const images = recordImages(page);
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'hideImages', true);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.id = 'added';
    img.alt = 'Horaires d’ouverture';
    img.src = 'visual-aids/photo.svg?added';
    img.loading = 'lazy';
    document.getElementById('intro')!.append(img);
  });
  await expect(page.getByRole('img', { name: 'Horaires d’ouverture' })).toBeVisible();
  await page.locator('#added').evaluate((img: HTMLImageElement) => (img.alt = 'Horaires du centre'));
  await expect(page.locator('#added + clair-alt-text')).toHaveText('Horaires du centre');
  await page.locator('#added').evaluate((img: HTMLImageElement) => (img.alt = ''));
  await expect(page.locator('#added + clair-alt-text')).toHaveCount(0);
  await page.locator('#added').evaluate((img: HTMLImageElement) => (img.alt = 'Horaires'));
  await expect(page.locator('#added + clair-alt-text')).toHaveCount(1);
  await page.locator('#added').evaluate((img) => img.remove());
  await expect(page.getByRole('img', { name: 'Horaires' })).toHaveCount(0);
  // Shown in view but never displayed: the lazy image was not fetched.
  expect(images.filter((u) => u.includes('?added'))).toEqual([]);
  // Inside a web component's open shadow root too.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'widget';
    const img = document.createElement('img');
    img.alt = 'Carte du quartier';
    img.src = 'visual-aids/photo.svg?shadow';
    host.attachShadow({ mode: 'open' }).append(img);
    document.getElementById('intro')!.after(host);
  });
  await expect(page.getByRole('img', { name: 'Carte du quartier' })).toBeVisible();
  expect(await page.locator('#widget').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('img')!).display)).toBe('none');
  await resetAll(page);
  await expect(page.locator('clair-alt-text')).toHaveCount(0);
});

test('low-data mode on a real page (MCC): stored preference, lazy images below the fold never fetched', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('clair:prefs', JSON.stringify({ v: 1, values: { hideImages: true } })));
  const images = recordImages(page);
  await gotoClair(page, corpusUrl('mcc-je-veux-me-faire-vacciner'));
  await page.evaluate(() => (window as unknown as { Clair: { settled(): Promise<void> } }).Clair.settled());
  const fetchedAtStart = new Set(images);
  // The images that are only lazy on this page, and not fetched by the time the preference applied.
  const lazyOnly = await page.evaluate(() => {
    const eager = new Set([...document.querySelectorAll('img:not([loading="lazy"])')].map((i) => (i as HTMLImageElement).src));
    return [...new Set([...document.querySelectorAll('img[loading="lazy"]')].map((i) => (i as HTMLImageElement).src))].filter((u) => !eager.has(u));
  });
  const pending = lazyOnly.filter((u) => !fetchedAtStart.has(u));
  expect(pending.length).toBeGreaterThan(0);

  await scrollToEnd(page);
  await page.waitForLoadState('networkidle');
  expect(images.filter((u) => pending.includes(u))).toEqual([]);

  // Turned off with the page scrolled: they load now (the control).
  const loaded = page.waitForRequest((r) => pending.includes(r.url()));
  await setSetting(page, 'hideImages', false);
  await loaded;
});
