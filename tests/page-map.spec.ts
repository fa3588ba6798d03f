/**
 * The page map (a panel section): read when the panel opens, lists landmarks with their names and
 * the headings as an outline; each entry moves focus there (temporary tabindex, removed on blur)
 * and closes the panel. Falls back to headings, then to the largest text blocks.
 */
import type { Page } from '@playwright/test';
import { axeClair, configure, expect, gotoClair, launcher, openPanel, test, watchReady } from './helpers/clair';
import { showGroup } from './helpers/layout';

const map = (page: Page) => page.locator('clair-page-map');
const entry = (page: Page, name: string | RegExp) => map(page).getByRole('button', { name, exact: typeof name === 'string' });

test('lists regions and headings; a heading entry moves focus there and closes the panel', async ({ page, consoleLog }) => {
  await gotoClair(page, '/demo/dossier-medical.html');
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Naviguer');
  await expect(entry(page, 'Aller au contenu principal')).toBeVisible();
  await expect(entry(page, 'Navigation : Navigation principale')).toBeVisible();
  await expect(entry(page, 'Contenu principal')).toBeVisible();
  await expect(entry(page, 'En-tête')).toBeVisible();
  await expect(entry(page, 'Pied de page')).toBeVisible();
  // Headings nest: an h2 entry sits in a list inside the h1 entry's item.
  const nested = await map(page).locator('li li button', { hasText: 'Les traitements' }).count();
  expect(nested).toBeGreaterThan(0);
  expect((await axeClair(page).analyze()).violations).toEqual([]);

  await map(page).locator('li li button', { hasText: 'Les traitements' }).first().click();
  const heading = page.locator('main h2', { hasText: 'Les traitements' }).first();
  await expect(heading).toBeFocused();
  await expect(heading).toHaveAttribute('tabindex', '-1');
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('dialog')).toBeHidden();
  // Reversible: the temporary tabindex leaves with focus.
  await page.keyboard.press('Tab');
  await expect(heading).not.toHaveAttribute('tabindex');
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('keyboard: skip to main content', async ({ page }) => {
  await gotoClair(page, '/demo/vaccination.html');
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await showGroup(page, 'Naviguer', 'keyboard');
  await entry(page, 'Aller au contenu principal').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('touch: tap a region entry', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await watchReady(page);
  await gotoClair(page, '/demo/rendez-vous.html');
  await launcher(page).tap();
  await showGroup(page, 'Naviguer', 'tap');
  await entry(page, 'Encadré : Informations pratiques').tap();
  await expect(page.locator('aside.sidebar')).toBeFocused();
  await context.close();
});

test('is read when the panel opens, and again on the next open', async ({ page }) => {
  // The fixtures are in English; the panel stays in French so the names below apply.
  await configure(page, { lang: 'fr' });
  await gotoClair(page, '/tests/fixtures/layout-anchors.html?clair');
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Naviguer');
  await expect(entry(page, 'Checking')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const h = document.createElement('h2');
    h.textContent = 'Added later';
    document.querySelector('main')!.append(h);
  });
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Naviguer');
  await expect(entry(page, 'Added later')).toBeVisible();
});

test('pages without landmarks: headings, then the largest blocks of text', async ({ page }) => {
  await configure(page, { lang: 'fr' });
  await gotoClair(page, '/tests/fixtures/layout-no-landmarks.html?clair');
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Naviguer');
  await expect(map(page).getByRole('heading', { name: 'Zones de la page' })).toHaveCount(0);
  await expect(entry(page, 'Christmas')).toBeVisible();
  await entry(page, 'Aller au contenu principal').click();
  await expect(page.locator('h1')).toBeFocused();

  await gotoClair(page, '/tests/fixtures/layout-plain-text.html?clair');
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Naviguer');
  await expect(map(page).getByRole('heading', { name: 'Principaux blocs de texte' })).toBeVisible();
  await entry(page, /This long paragraph explains/).click();
  await expect(page.locator('p', { hasText: 'This long paragraph' })).toBeFocused();
});
