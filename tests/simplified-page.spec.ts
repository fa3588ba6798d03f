/**
 * The simplified page: one column, side boxes, carousels, pop-ups and decorative images set aside,
 * forms untouched and working; no new axe violations; reversible (DOM, styles, values); content
 * added later is classified too. Driven by keyboard, pointer and touch from the panel.
 */
import type { Page } from '@playwright/test';
import { expect, gotoClair, launcher, resetAll, setSetting, test, violationCounts, watchReady } from './helpers/clair';
import { showGroup, snapshot } from './helpers/layout';

const simplifiedSwitch = (page: Page) => page.getByRole('switch', { name: 'Page simplifiée' });
const display = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).display);

test('linearises the page, sets aside what distracts, keeps the form working, restores exactly', async ({ page, consoleLog }) => {
  await gotoClair(page, '/tests/fixtures/layout-simplify.html?clair');
  await page.fill('#name', 'Ana');
  await page.selectOption('#day', 'Tuesday');
  await page.check('#fasting');
  const before = await snapshot(page);

  await setSetting(page, 'simplifiedPage', true);
  expect(await display(page, '.sidebar')).toBe('none');
  expect(await display(page, '.carousel')).toBe('none');
  expect(await display(page, '#cookie-banner')).toBe('none');
  expect(await display(page, 'img.decor')).toBe('none');
  expect(await display(page, '.layout')).toBe('block');
  expect(await page.locator('.masthead').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  expect(await page.locator('.promo').evaluate((el) => getComputedStyle(el).float)).toBe('none');
  // One column no wider than 48rem, no horizontal scrolling.
  const geometry = await page.evaluate(() => ({
    body: document.body.getBoundingClientRect().width,
    scroll: document.documentElement.scrollWidth,
    vw: document.documentElement.clientWidth,
    main: document.querySelector('main')!.getBoundingClientRect().width,
  }));
  expect(geometry.body).toBeLessThanOrEqual(48 * 16 + 1);
  expect(geometry.scroll).toBeLessThanOrEqual(geometry.vw);
  expect(geometry.main).toBeGreaterThan(600);
  // The form keeps its values and its validation.
  await expect(page.locator('#name')).toHaveValue('Ana');
  await expect(page.locator('#day')).toHaveValue('Tuesday');
  await expect(page.locator('#fasting')).toBeChecked();
  await page.fill('#name', '');
  await page.getByRole('button', { name: 'Book' }).click();
  expect(await page.locator('#name').evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
  await page.fill('#name', 'Ana');

  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await page.locator('[data-clair-simple]').count()).toBe(0);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('demo booking page: the side box goes, the form stays and keeps its values', async ({ page }) => {
  await gotoClair(page, '/demo/rendez-vous.html');
  await page.fill('#nom', 'Martin');
  const before = await snapshot(page);
  await setSetting(page, 'simplifiedPage', true);
  expect(await display(page, 'aside.sidebar')).toBe('none');
  await expect(page.locator('#form-rdv')).toBeVisible();
  await expect(page.locator('#nom')).toHaveValue('Martin');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
});

test('content added later is simplified too (batched)', async ({ page }) => {
  await gotoClair(page, '/tests/fixtures/layout-simplify.html?clair');
  await setSetting(page, 'simplifiedPage', true);
  await page.evaluate(() => {
    const aside = document.createElement('aside');
    aside.id = 'late';
    aside.textContent = 'Added later';
    document.querySelector('footer')!.before(aside);
  });
  await expect.poll(() => display(page, '#late')).toBe('none');
  await resetAll(page);
  await expect(page.locator('#late')).toBeVisible();
  await expect(page.locator('[data-clair-simple]')).toHaveCount(0);
});

test('keyboard, pointer and touch turn it on from the panel', async ({ browser }) => {
  for (const mode of ['keyboard', 'pointer', 'touch'] as const) {
    const context = await browser.newContext({ hasTouch: mode === 'touch' });
    const page = await context.newPage();
    await watchReady(page);
    await gotoClair(page, '/demo/rendez-vous.html');
    if (mode === 'keyboard') {
      await launcher(page).focus();
      await page.keyboard.press('Enter');
      await showGroup(page, 'Comprendre', 'keyboard');
      await simplifiedSwitch(page).focus();
      await page.keyboard.press('Space');
    } else if (mode === 'pointer') {
      await launcher(page).click();
      await showGroup(page, 'Comprendre');
      await simplifiedSwitch(page).click();
    } else {
      await launcher(page).tap();
      await showGroup(page, 'Comprendre', 'tap');
      await simplifiedSwitch(page).tap();
    }
    await expect(simplifiedSwitch(page)).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => display(page, 'aside.sidebar')).toBe('none');
    await context.close();
  }
});

// No new axe violations on real pages (rule and node counts compared with the page before).
for (const url of ['/demo/index.html', '/corpus/w3c-bad-before-home/index.html?clair', '/corpus/dsfr-register/index.html?clair', '/corpus/mcc-cas-contact-a-risque/index.html?clair', '/corpus/nhs-pregnancy/index.html?clair']) {
  test(`no new axe violations, restored exactly: ${url}`, async ({ page }) => {
    await gotoClair(page, url);
    const before = await snapshot(page);
    const baseline = await violationCounts(page, { exclude: 'clair-toolbar' });
    await setSetting(page, 'simplifiedPage', true);
    const after = await violationCounts(page, { exclude: 'clair-toolbar' });
    for (const [rule, nodes] of Object.entries(after)) expect(nodes, `axe rule ${rule}`).toBeLessThanOrEqual(baseline[rule] ?? 0);
    await resetAll(page);
    expect(await snapshot(page)).toEqual(before);
  });
}
