/**
 * axe-core (WCAG 2.2 A/AA) on Clair's own UI: zero violations with the toolbar closed, open, in
 * every UI language, with a site accent that is too light, and in forced-colours mode.
 */
import { UI_LANGUAGES } from '../src/core/language';
import { axeClair, configure, expect, gotoClair, launcher, openPanel, panel, test } from './helpers/clair';

const PAGE = '/tests/fixtures/basic.html';

// axe on the whole panel is heavy on a 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('closed: the launcher has no violations', async ({ page }) => {
  await gotoClair(page, PAGE);
  const { violations } = await axeClair(page).analyze();
  expect(violations).toEqual([]);
});

for (const lang of UI_LANGUAGES) {
  test(`open, in ${lang}: no violations, every control named`, async ({ page }) => {
    await configure(page, { lang });
    await gotoClair(page, PAGE);
    await openPanel(page);
    await expect(panel(page)).toHaveAttribute('lang', lang);
    const { violations } = await axeClair(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Nothing shows a raw key (a missing translation).
    const text = await panel(page).innerText();
    expect(text).not.toMatch(/\b(core|see|read|colour|layout|understand|translate):[a-zA-Z]/);
  });
}

test('with every switch on, and with a too-light accent colour', async ({ page }) => {
  await configure(page, { accent: '#ffe000' });
  await gotoClair(page, PAGE);
  await openPanel(page);
  // Every persistent switch (page-only modes such as the reading view cover the panel by design).
  const ids = await page.evaluate(() =>
    (window as unknown as { Clair: { features(): { id: string; type: string; persist: boolean }[] } }).Clair.features()
      .filter((f) => f.type === 'boolean' && f.persist)
      .map((f) => f.id),
  );
  for (const id of ids) {
    const sw = page.locator(`#c-${id}[role="switch"]`);
    if (await sw.count()) await sw.click();
  }
  const { violations } = await axeClair(page).analyze();
  expect(violations).toEqual([]);
});

test('forced colours: the launcher and controls stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await gotoClair(page, PAGE);
  await expect(launcher(page)).toBeVisible();
  const border = await launcher(page).evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).not.toBe('none');
  await openPanel(page);
  const { violations } = await axeClair(page).analyze();
  expect(violations).toEqual([]);
});

test('the host page gains no axe violation from Clair (closed and open)', async ({ page }) => {
  await page.goto(PAGE.replace('basic.html', 'basic.html?no-clair'));
  await page.route('**/dist/clair.js', (r) => r.abort());
  const before = await import('./helpers/clair').then((m) => m.axe(page).analyze());
  await page.unroute('**/dist/clair.js');
  await gotoClair(page, PAGE);
  const closed = await import('./helpers/clair').then((m) => m.axe(page).analyze());
  await openPanel(page);
  const open = await import('./helpers/clair').then((m) => m.axe(page).analyze());
  const ids = (r: { violations: { id: string }[] }) => r.violations.map((v) => v.id).sort();
  expect(ids(closed)).toEqual(ids(before));
  expect(ids(open)).toEqual(ids(before));
});
