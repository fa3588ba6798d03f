/**
 * Configuration from data-* attributes, window.ClairConfig and Clair.init(): every bad value gets
 * one warning naming the option, the value and what is accepted, then the default is used.
 */
import { configure, expect, gotoClair, launcher, test, waitReady } from './helpers/clair';

const PAGE = '/tests/fixtures/basic.html';

const clairWarnings = (warnings: string[]) => warnings.filter((w) => w.startsWith('[Clair]'));

test('each invalid option warns once with its name, value and accepted values, then uses the default', async ({ page, consoleLog }) => {
  await configure(page, {
    lang: 'klingon',
    position: 'middle',
    zIndex: -4,
    shortcut: 'Ctrl+C',
    features: 42,
    translation: 'not json',
    colour: 'red',
  });
  await gotoClair(page, PAGE);
  const warnings = clairWarnings(consoleLog.warnings());
  const about = (name: string) => warnings.filter((w) => w.includes(`"${name}"`));
  expect(about('lang')).toHaveLength(1);
  expect(about('lang')[0]).toContain('"klingon"');
  expect(about('lang')[0]).toContain('auto, fr, en, es');
  expect(about('position')[0]).toContain('bottom-right, bottom-left, top-right, top-left');
  expect(about('zIndex')[0]).toContain('-4');
  expect(about('shortcut')[0]).toContain('"Ctrl+C"');
  expect(about('features')).toHaveLength(1);
  expect(about('translation')).toHaveLength(1);
  expect(about('colour')[0]).toContain('unknown option');
  // Defaults in effect: French UI (page lang), bottom-right, Alt+Shift+A.
  await expect(launcher(page, 'Aide à la lecture (Clair)')).toBeVisible();
  const box = (await launcher(page).boundingBox())!;
  expect(box.x).toBeGreaterThan(1000);
  await page.keyboard.press('Alt+Shift+KeyA');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('unknown feature ids in "features" are named, and only offered features are shown', async ({ page, consoleLog }) => {
  await configure(page, { features: ['underlineLinks', 'teleportation'] });
  await gotoClair(page, PAGE);
  const w = clairWarnings(consoleLog.warnings()).find((x) => x.includes('teleportation'));
  expect(w).toContain('"features"');
  const ids = await page.evaluate(() => (window as unknown as { Clair: { features(): { id: string }[] } }).Clair.features().map((f) => f.id));
  expect(ids).toEqual(['underlineLinks', 'uiLanguage', 'launcherPosition']);
});

test('data-* attributes on the script tag configure Clair, window.ClairConfig overrides them', async ({ page }) => {
  await page.route('**/tests/fixtures/basic.html', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('data-lang="fr"', 'data-lang="de" data-position="top-left" data-z-index="5000"');
    await route.fulfill({ response: res, body: html });
  });
  await gotoClair(page, PAGE);
  await expect(launcher(page, 'Lesehilfe (Clair)')).toBeVisible();
  const box = (await launcher(page).boundingBox())!;
  expect(box.x).toBeLessThan(40);
  expect(box.y).toBeLessThan(40);
  // A numeric z-index means ordinary fixed positioning instead of the top layer.
  const z = await page.locator('clair-toolbar').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).zIndex);
  expect(z).toBe('5000');

  await configure(page, { lang: 'it' });
  await gotoClair(page, PAGE);
  await expect(launcher(page, 'Aiuto alla lettura (Clair)')).toBeVisible();
});

test('UI language: config, then <html lang>, then the browser languages, then French', async ({ browser }) => {
  const cases: [string | null, string[], string][] = [
    ['en', ['de-DE'], 'Reading aid (Clair)'],
    [null, ['es-ES', 'en'], 'Ayuda para la lectura (Clair)'],
    [null, ['ja-JP', 'pt-BR'], 'Ajuda à leitura (Clair)'],
    [null, ['ja-JP'], 'Aide à la lecture (Clair)'],
  ];
  for (const [pageLang, languages, expected] of cases) {
    const context = await browser.newContext({ locale: languages[0] });
    const page = await context.newPage();
    await page.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), languages);
    await page.route('**/tests/fixtures/basic.html', async (route) => {
      const res = await route.fetch();
      let html = (await res.text()).replace(' data-lang="fr"', '');
      html = pageLang ? html.replace('<html lang="fr">', `<html lang="${pageLang}">`) : html.replace('<html lang="fr">', '<html>');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: expected })).toBeVisible();
    await context.close();
  }
});

test('a too-light accent colour is darkened to keep 4.5:1 with white, and named colours work', async ({ page, consoleLog }) => {
  await configure(page, { accent: 'yellow' });
  await gotoClair(page, PAGE);
  const w = clairWarnings(consoleLog.warnings()).find((x) => x.includes('CLAIR_ACCENT'));
  expect(w).toContain('#ffff00');
  const bg = await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number) as [number, number, number];
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const L = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  expect(1.05 / (L + 0.05)).toBeGreaterThanOrEqual(4.5);
});

test('a second copy of the tag, or a second init(), does not create a second toolbar', async ({ page, consoleLog }) => {
  await page.route('**/tests/fixtures/basic.html', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('</body>', '<script src="/dist/clair.js" defer></script></body>');
    await route.fulfill({ response: res, body: html });
  });
  await gotoClair(page, PAGE);
  await page.evaluate(() => (window as unknown as { Clair: { init(c: unknown): Promise<void> } }).Clair.init({ lang: 'en' }));
  await expect(page.locator('clair-toolbar')).toHaveCount(1);
  await expect(launcher(page)).toHaveCount(1);
  expect(clairWarnings(consoleLog.warnings()).filter((w) => w.includes('CLAIR_DUPLICATE')).length).toBeGreaterThanOrEqual(2);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('the ESM entry works for sites built with a bundler: import { Clair } and init()', async ({ page }) => {
  await page.goto('/tests/fixtures/esm.html');
  await waitReady(page);
  await expect(launcher(page, 'Reading aid (Clair)')).toBeVisible();
  const version = await page.evaluate(() => (window as unknown as { Clair: { version: string } }).Clair.version);
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
});

test('a broken host (loader URL wrong) fails with a console message, never an exception', async ({ page, consoleLog }) => {
  await page.route('**/dist/esm/index.js', (route) => route.abort());
  await page.goto(PAGE);
  await expect.poll(() => consoleLog.warnings().some((w) => w.includes('CLAIR_LOAD'))).toBe(true);
  expect(consoleLog.messages.filter((m) => m.type === 'pageerror')).toEqual([]);
});

test('a panel chunk that cannot load shows a plain message to the visitor', async ({ page, consoleLog }) => {
  await page.route(/\/dist\/esm\/panel-.*\.js$/, (route) => route.abort());
  await gotoClair(page, PAGE);
  await launcher(page).click();
  await expect(page.getByRole('alert')).toContainText("L'aide à la lecture n'a pas pu se charger");
  expect(consoleLog.messages.filter((m) => m.type === 'pageerror')).toEqual([]);
});
