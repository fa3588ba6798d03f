/** The public JS API on window.Clair, and the DOM events sites can listen to. */
import { expect, gotoClair, openPanel, panel, test } from './helpers/clair';

const PAGE = '/tests/fixtures/basic.html';

interface Api {
  open(): Promise<void>;
  close(): void;
  get(k: string): unknown;
  set(k: string, v: unknown): boolean;
  reset(): Promise<void>;
  features(): { id: string; group: string; type: string; default: unknown; choices?: string[]; min?: number; max?: number; step?: number }[];
  settled(): Promise<void>;
}


test('open(), close(), get(), set(), reset() and features() drive Clair without the UI', async ({ page }) => {
  await gotoClair(page, PAGE);
  const features = await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.features());
  for (const f of features) {
    expect(f.id).toBeTruthy();
    expect(['read', 'see', 'understand', 'navigate', 'translate', 'settings']).toContain(f.group);
    expect(['boolean', 'choice', 'range']).toContain(f.type);
    if (f.type === 'choice') expect(f.choices).toContain(f.default);
    if (f.type === 'range') expect(f.min! <= (f.default as number) && (f.default as number) <= f.max!).toBe(true);
  }
  // Plain data: survives structured cloning and JSON.
  expect(JSON.parse(JSON.stringify(features))).toEqual(features);

  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.open());
  await expect(panel(page)).toBeVisible();
  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.close());
  await expect(panel(page)).toBeHidden();

  expect(await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.get('underlineLinks'))).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.set('underlineLinks', true))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.get('underlineLinks'))).toBe(true);
  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.reset());
  expect(await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.get('underlineLinks'))).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.get('noSuchThing'))).toBeUndefined();
});

test('set() with an unknown key or a bad value warns and changes nothing', async ({ page, consoleLog }) => {
  await gotoClair(page, PAGE);
  const results = await page.evaluate(() => {
    const c = (window as unknown as { Clair: Api }).Clair;
    return [c.set('warpDrive', true), c.set('underlineLinks', 'yes'), c.set('launcherPosition', 'middle'), c.get('underlineLinks'), localStorage.getItem('clair:prefs')];
  });
  expect(results).toEqual([false, false, false, false, null]);
  const warnings = consoleLog.warnings().filter((w) => w.includes('CLAIR_SET'));
  expect(warnings).toHaveLength(3);
  expect(warnings[0]).toContain('unknown setting "warpDrive"');
  expect(warnings[1]).toContain('invalid value "yes" for "underlineLinks"; accepted: true or false');
  expect(warnings[2]).toContain('"bottom-right"');
});

test('clair:ready and clair:change events reach the page, with key, value and source', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { events: unknown[] };
    w.events = [];
    document.addEventListener('clair:ready', (e) => w.events.push({ type: e.type, detail: (e as CustomEvent).detail }));
    window.addEventListener('clair:change', (e) => w.events.push({ type: e.type, detail: (e as CustomEvent).detail }));
  });
  await gotoClair(page, PAGE);
  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.set('underlineLinks', true));
  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.open());
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await page.getByRole('button', { name: 'Tout remettre à zéro' }).click();
  await expect(page.getByRole('status')).toHaveText('Tous les réglages sont revenus à zéro. La page est comme avant.');
  const events = await page.evaluate(() => (window as unknown as { events: unknown[] }).events);
  expect(events[0]).toEqual({ type: 'clair:ready', detail: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
  expect(events.slice(1)).toEqual([
    { type: 'clair:change', detail: { key: 'underlineLinks', value: true, source: 'api' } },
    { type: 'clair:change', detail: { key: 'underlineLinks', value: false, source: 'user' } },
  ]);
});

test('no built-in analytics: a session with Clair makes no request outside its own files', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await gotoClair(page, PAGE);
  await openPanel(page);
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await page.getByRole('combobox', { name: "Langue de l'aide" }).selectOption('en');
  await page.evaluate(() => (window as unknown as { Clair: Api }).Clair.settled());
  const foreign = requests.filter((u) => !u.startsWith('http://127.0.0.1:'));
  expect(foreign).toEqual([]);
  const ours = requests.filter((u) => u.includes('/dist/'));
  for (const u of ours) expect(u).toMatch(/\/dist\/(clair\.js|esm\/[\w.-]+\.js|locales\/\w+\.json)$/);
});
