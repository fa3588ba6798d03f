/**
 * Engines that cannot run on this machine, through TEST DOUBLES: LibreTranslate (page.route) and
 * the browser's Translator API (a stub installed before the page loads). Also the site's own
 * translation files (real files served by the test server), configuration warnings, and the
 * panel control's keyboard path and accessibility in each state.
 */
import type { Page } from '@playwright/test';
import { axeClair, axe, configure, expect, gotoClair, openPanel, panel, setSetting, test } from './helpers/clair';
import { captureRequests, pageSnapshot, recordTranslation, waitPhase, wordsTo } from './helpers/apy';

const FIXTURE = '/tests/fixtures/translate.html?clair';

/** What LibreTranslate with every Argos model answers on /languages for French (codes as LibreTranslate spells them). */
const LT_TARGETS = 'en ar az bg bn ca cs da de el eo es et fa fi ga he hi hu id it ja ko lt lv ms nb nl pl pt pb ro ru sk sl sq sv th tl tr uk ur vi zh zt'.split(' ');

async function openList(page: Page) {
  await openPanel(page, { expandAll: false });
  await panel(page).locator('#g-translate').click();
  const toggle = panel(page).getByRole('button', { name: /Traduire la page/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return panel(page).getByRole('list', { name: 'Langues disponibles' });
}

test.beforeEach(async ({ page }) => {
  await recordTranslation(page);
});

test('test double (LibreTranslate): ≥ 26 languages by their own names, France order; Arabic reads right to left; decline sends nothing; keyboard and axe in each state', async ({ page, baseURL, consoleLog }) => {
  test.setTimeout(120_000);
  const base = `${baseURL}/fake-libretranslate/`;
  const posted: { q: string[]; source: string; target: string; format: string }[] = [];
  await page.route(`${base}**`, async (route) => {
    const cors = { 'access-control-allow-origin': '*' };
    if (route.request().url().endsWith('/languages')) {
      return route.fulfill({ json: [{ code: 'fr', name: 'French', targets: LT_TARGETS }, { code: 'en', name: 'English', targets: ['fr'] }], headers: cors });
    }
    const body = route.request().postDataJSON() as (typeof posted)[number];
    posted.push(body);
    return route.fulfill({ json: { translatedText: body.q.map((f) => wordsTo(f, () => 'كلمة')) }, headers: cors });
  });
  await configure(page, { translation: { engines: [{ type: 'libretranslate', url: base }] } });
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);

  const list = await openList(page);
  await expect(list.getByRole('button', { name: 'العربية' })).toBeVisible();
  const names = await list.getByRole('button').allTextContents();
  expect(names.length - 1).toBeGreaterThanOrEqual(26);
  expect(names.slice(0, 10).map((n) => n.trim())).toEqual(['Français (original)', 'العربية', 'English', 'Español', 'Português', 'Português (Brasil)', 'Türkçe', 'Română', 'Українська', 'Русский']);
  expect(names.map((n) => n.trim())).toEqual(expect.arrayContaining(['Deutsch', 'Italiano', 'Polski', 'Tiếng Việt', 'فارسی', 'اردو', 'עברית', '繁體中文']));
  expect((await axeClair(page).analyze()).violations).toEqual([]);

  // Keyboard: choose Arabic, the question takes focus; decline, focus comes back, nothing was sent.
  const arabic = list.getByRole('button', { name: 'العربية' });
  await arabic.focus();
  await page.keyboard.press('Enter');
  const question = panel(page).locator('clair-translate-control').getByRole('group');
  await expect(question).toContainText(`envoyé à ${new URL(base).host}`);
  await expect(question.getByRole('button', { name: 'Envoyer et traduire' })).toBeFocused();
  expect((await axeClair(page).analyze()).violations).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(arabic).toBeFocused();
  expect(posted).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('translate'))).toBe('off');

  // Yes this time.
  await page.keyboard.press('Enter');
  await question.getByRole('button', { name: 'Envoyer et traduire' }).click();
  await waitPhase(page);
  expect(posted[0]).toMatchObject({ source: 'fr', target: 'ar', format: 'html' });
  expect(JSON.stringify(posted)).not.toMatch(/api_?key/i);
  const titre = page.locator('#titre');
  await expect(titre).toHaveAttribute('lang', 'ar');
  await expect(titre).toHaveAttribute('dir', 'rtl');
  expect(await titre.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(page.locator('#marque span[translate="no"]')).toHaveAttribute('dir', 'ltr'); // the French name inside stays left to right
  // The page stays usable: nothing wider than the window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1)).toBe(true);
  const note = page.locator('clair-translate-note');
  await expect(note).toHaveAttribute('dir', 'rtl');
  await expect(note).toHaveAttribute('lang', 'ar');
  await expect(note.getByRole('button', { name: 'عرض الأصل' })).toBeVisible();
  await expect(panel(page).getByRole('status').filter({ hasText: 'LibreTranslate' })).toBeVisible();
  expect((await axeClair(page).analyze()).violations).toEqual([]);
  expect((await axe(page).include('clair-translate-note').analyze()).violations).toEqual([]);

  await note.getByRole('button', { name: 'عرض الأصل' }).click();
  await expect(note).toHaveCount(0);
  expect(await pageSnapshot(page)).toMatchObject({ ...before, focus: expect.any(String) });
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('test double (browser Translator API): on by default, nothing leaves the device, text-only pieces keep the markup; a download needs a yes; a stuck model times out', async ({ page, consoleLog }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { Translator: unknown; __created: number; __hang?: boolean };
    w.__created = 0;
    const states: Record<string, string> = { es: 'available', it: 'available', de: 'downloadable' };
    w.Translator = {
      availability: async ({ targetLanguage }: { targetLanguage: string }) => states[targetLanguage] ?? 'unavailable',
      create: async () => {
        w.__created++;
        if (w.__hang) await new Promise(() => {});
        return { translate: async (text: string) => text.replace(/\p{L}+/gu, (word) => `b${word.length}`), destroy() {} };
      },
    };
  });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') requests.push(r.url());
  });
  await configure(page, { translation: { engines: [{ type: 'browser', timeout: 1500 }] } });
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);
  const link = await page.locator('#lien').elementHandle();

  const list = await openList(page);
  await expect(list.getByRole('button')).toHaveText(['Français (original)', 'Español', 'Italiano', 'Deutsch']);
  await list.getByRole('button', { name: 'Español' }).click();
  await waitPhase(page); // no question: the text stays on the device
  await expect(page.locator('#intro')).toHaveText('b3 b7 b9 b6 b3 b8 b6. b6-b2 b4 b5 b7 b4 b2 b2 b9 b12.');
  expect(await page.locator('#intro a').evaluate((a, old) => a === old, link)).toBe(true);
  await expect(page.locator('#intro em')).toHaveText('b7');
  await expect(page.locator('clair-translate-note').getByRole('region')).toContainText('su navegador');
  expect(requests).toEqual([]);

  // German needs a model download: asked first; declining changes nothing.
  await list.getByRole('button', { name: 'Deutsch' }).click();
  const question = panel(page).locator('clair-translate-control').getByRole('group');
  await expect(question).toContainText('Votre navigateur doit télécharger un modèle de traduction');
  await question.getByRole('button', { name: 'Annuler' }).click();
  await expect(question).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __created: number }).__created)).toBe(1);
  expect(await pageSnapshot(page)).toMatchObject({ html: before.html, title: before.title, fields: before.fields });

  // A model that never becomes ready: a time limit, a message, the page original.
  await page.evaluate(() => ((window as unknown as { __hang: boolean }).__hang = true));
  await list.getByRole('button', { name: 'Italiano' }).click();
  expect((await waitPhase(page, ['error'])).error).toBe('timeout');
  await expect(page.locator('clair-translate-note').getByRole('alert')).toContainText('Il servizio di traduzione (il suo browser) non ha risposto in tempo.');
  expect((await pageSnapshot(page)).html).toBe(before.html);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test("the site's own translations come first, need no question, and say so; what they do not cover stays original when no machine engine is set", async ({ page, consoleLog }) => {
  const requests = captureRequests(page, '/clair-translations/');
  await configure(page, { translation: { engines: [{ type: 'site', url: '/tests/fixtures/clair-translations/', languages: ['es'] }] } });
  await gotoClair(page, '/tests/fixtures/translate-site.html?clair');
  const before = await pageSnapshot(page);
  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page);
  expect(done.failed).toBe(1);
  await expect(page.locator('h1')).toHaveText('Horario del centro');
  expect(await page.title()).toBe('Horario del centro');
  await expect(page.locator('#rdv')).toHaveText('Pida cita por internet.');
  await expect(page.locator('#rdv a')).toHaveAttribute('href', '#rendez-vous');
  await expect(page.locator('#manque')).toHaveText('Ce passage n’a pas encore de traduction validée.');
  await expect(page.locator('clair-translate-note').getByRole('region')).toContainText('Página traducida por el sitio (español). Pasajes sin traducir: 1.');
  expect(requests.requests.map((r) => r.method())).toEqual(['GET']);
  await setSetting(page, 'translate', 'off');
  expect(await pageSnapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('configuration mistakes get one clear warning each (option path, bad value, what is accepted); private selectors are added to the default', async ({ page, consoleLog }) => {
  await configure(page, {
    translation: {
      engines: [
        { type: 'deepl', url: 'https://api.deepl.example/' },
        { type: 'apertium' },
        { type: 'libretranslate', url: 'https://lt.example/', apiKey: 'secret-123' },
        { type: 'site', url: 'https://elsewhere.example/t/' },
        'json',
        { type: 'json', url: '/api/mt/', languages: ['es'], timeout: 5 },
      ],
      privateSelectors: ['##patient', '.patient'],
      source: 'français',
      colour: 'blue',
    },
  });
  await gotoClair(page, FIXTURE);
  await openList(page);
  // Nine mistakes, nine warnings: console messages reach the test one by one, so wait for all of them.
  const configWarnings = () => consoleLog.warnings().filter((w) => w.includes('CLAIR_TRANSLATE_CONFIG'));
  await expect.poll(() => configWarnings().length).toBeGreaterThanOrEqual(9);
  const warnings = configWarnings().join('\n');
  expect(configWarnings()).toHaveLength(9);
  expect(warnings).toContain('option "translation.engines[0].type" has an invalid value "deepl"; accepted: site, browser, apertium, libretranslate, json. This engine is ignored.');
  expect(warnings).toContain('option "translation.engines[1].url" has an invalid value undefined');
  expect(warnings).toContain('option "translation.engines[2].apiKey" looks like a secret: API keys must stay on your server');
  expect(warnings).not.toContain('secret-123');
  expect(warnings).toContain(`option "translation.engines[3].url" has an invalid value "https://elsewhere.example/t/"; accepted: a folder on the site's own origin`);
  expect(warnings).toContain('option "translation.engines[4]" has an invalid value "json"; accepted: an object with a "type"');
  expect(warnings).toContain('option "translation.engines[5].timeout" has an invalid value 5; accepted: a number from 1000 to 120000');
  expect(warnings).toContain('option "translation.privateSelectors[0]" has an invalid value "##patient"; accepted: a valid CSS selector');
  expect(warnings).toContain('option "translation.source" has an invalid value "français"');
  expect(warnings).toContain('option "translation.colour" has an invalid value "blue"');
  expect(consoleLog.clairErrors()).toEqual([]);
});
