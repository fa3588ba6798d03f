/**
 * Preferences: one versioned localStorage key, validated on load; corrupted, unknown, out-of-range
 * and older data are handled with a warning; no storage means memory only; other tabs follow.
 */
import { expect, gotoClair, launcher, openPanel, setSetting, test, waitReady, watchReady } from './helpers/clair';

const PAGE = '/tests/fixtures/basic.html';
const KEY = 'clair:prefs';

const linkDecoration = (page: import('@playwright/test').Page) =>
  page.getByRole('link', { name: 'un lien' }).evaluate((el) => getComputedStyle(el).textDecorationLine);

async function seed(page: import('@playwright/test').Page, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, value] as const,
  );
}

test('the fixture page does not underline its links by itself', async ({ page }) => {
  await gotoClair(page, PAGE);
  expect(await linkDecoration(page)).toBe('none');
});

test('a choice made in the panel is stored under one versioned key and applied on the next page', async ({ page }) => {
  await gotoClair(page, PAGE);
  await openPanel(page);
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await expect(page.getByRole('switch', { name: 'Souligner les liens' })).toHaveAttribute('aria-checked', 'true');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(stored).toEqual({ v: 1, values: { underlineLinks: true } });
  await page.reload();
  await waitReady(page);
  expect(await linkDecoration(page)).toBe('underline');
});

test('stored preferences are applied at start-up, before the panel is ever loaded', async ({ page }) => {
  await seed(page, JSON.stringify({ v: 1, values: { underlineLinks: true } }));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await gotoClair(page, PAGE);
  // Applied by the time Clair says it is ready.
  expect(await linkDecoration(page)).toBe('underline');
  expect(requests.some((u) => /underline-links-.*\.js/.test(u))).toBe(true);
  expect(requests.some((u) => /\/panel-.*\.js/.test(u))).toBe(false);
  expect(requests.some((u) => /\/locales\//.test(u))).toBe(false);
});

test('corrupted JSON is dropped with a warning, never a crash', async ({ page, consoleLog }) => {
  await seed(page, '{"v":1,"values":{"underlineLinks":tru');
  await gotoClair(page, PAGE);
  await expect(launcher(page)).toBeVisible();
  expect(consoleLog.warnings().some((w) => w.includes('not valid JSON'))).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('unknown keys and invalid values are dropped, valid ones kept', async ({ page, consoleLog }) => {
  await seed(page, JSON.stringify({ v: 1, values: { underlineLinks: true, warpDrive: 9, launcherPosition: 'center', uiLanguage: 'en' } }));
  await gotoClair(page, PAGE);
  const warning = consoleLog.warnings().find((w) => w.includes('preferences dropped'));
  expect(warning).toContain('warpDrive (unknown setting)');
  expect(warning).toContain('launcherPosition (invalid value "center")');
  expect(await linkDecoration(page)).toBe('underline');
  await expect(launcher(page, 'Reading aid (Clair)')).toBeVisible();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(stored.values).toEqual({ underlineLinks: true, uiLanguage: 'en' });
});

test('an older schema is migrated; a newer one is left alone', async ({ page, consoleLog }) => {
  await seed(page, JSON.stringify({ underlineLinks: true }));
  await gotoClair(page, PAGE);
  expect(consoleLog.warnings().some((w) => w.includes('migrated to schema 1'))).toBe(true);
  expect(await linkDecoration(page)).toBe('underline');
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY)).toEqual({ v: 1, values: { underlineLinks: true } });

  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 99, values: { underlineLinks: true } })), KEY);
  await page.reload();
  await waitReady(page);
  expect(consoleLog.warnings().some((w) => w.includes('newer Clair'))).toBe(true);
  expect(await linkDecoration(page)).not.toBe('underline');
  // Not destroyed: the newer Clair on another page of the site can still read it.
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).v, KEY)).toBe(99);
});

test('when storage throws (blocked), Clair works from memory and tells the visitor', async ({ page, consoleLog }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await gotoClair(page, PAGE);
  expect(consoleLog.warnings().some((w) => w.includes('CLAIR_STORAGE'))).toBe(true);
  await openPanel(page);
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await expect.poll(() => linkDecoration(page)).toBe('underline');
  await expect(page.getByText('vos réglages valent pour cette page seulement')).toBeVisible();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('when storage is full, the change still applies for this page', async ({ page, consoleLog }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'clair:prefs') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await gotoClair(page, PAGE);
  expect(await setSetting(page, 'underlineLinks', true)).toBe(true);
  expect(await linkDecoration(page)).toBe('underline');
  expect(consoleLog.warnings().some((w) => w.includes('could not be saved'))).toBe(true);
});

test('in a sandboxed iframe without storage access, Clair still starts', async ({ page, consoleLog }) => {
  await page.goto('/tests/fixtures/sandboxed.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('button', { name: 'Aide à la lecture (Clair)' })).toBeVisible();
  await frame.getByRole('button', { name: 'Aide à la lecture (Clair)' }).click();
  await expect(frame.getByRole('dialog')).toBeVisible();
  await expect(frame.getByText('vos réglages valent pour cette page seulement')).toBeVisible();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('a change in one tab reaches the other open tabs of the site', async ({ page, context }) => {
  await gotoClair(page, PAGE);
  const other = await context.newPage();
  await watchReady(other);
  await other.goto(PAGE);
  await waitReady(other);
  const changes: unknown[] = [];
  await other.exposeFunction('recordChange', (d: unknown) => changes.push(d));
  await other.evaluate(() => document.addEventListener('clair:change', (e) => (window as unknown as { recordChange(d: unknown): void }).recordChange((e as CustomEvent).detail)));
  await setSetting(page, 'underlineLinks', true);
  await expect.poll(() => linkDecoration(other)).toBe('underline');
  await expect.poll(() => changes).toContainEqual({ key: 'underlineLinks', value: true, source: 'storage' });
  await page.evaluate(() => (window as unknown as { Clair: { reset(): Promise<void> } }).Clair.reset());
  await expect.poll(() => linkDecoration(other)).not.toBe('underline');
});
