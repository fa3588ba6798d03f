/**
 * Every demo page and every real page of the shared corpus loads with Clair: launcher visible, the
 * panel opens, and Clair writes no error to the console. The CSP-strict page too.
 */
import { expect, gotoClair, launcher, openPanel, test, waitReady } from './helpers/clair';
import { corpusPages, corpusUrl } from './helpers/corpus';

const DEMO = ['index.html', 'vaccination.html', 'rendez-vous.html', 'dossier-medical.html', 'app.html', 'en/patient-information.html'];

for (const { id } of corpusPages()) {
  test(`corpus ${id}`, async ({ page, consoleLog }) => {
    await gotoClair(page, corpusUrl(id));
    await expect(launcher(page)).toBeVisible();
    await openPanel(page);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

for (const file of DEMO) {
  test(`demo ${file}`, async ({ page, consoleLog }) => {
    await gotoClair(page, `/demo/${file}`);
    await expect(launcher(page)).toBeVisible();
    await openPanel(page);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

test('a page with a strict Content-Security-Policy (no inline scripts or styles)', async ({ page, consoleLog }) => {
  const response = await page.goto('/demo/csp-strict.html');
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  await waitReady(page);
  await openPanel(page);
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await expect(page.getByRole('switch', { name: 'Souligner les liens' })).toHaveAttribute('aria-checked', 'true');
  const decoration = await page.locator('main a').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(decoration).toBe('underline');
  const csp = consoleLog.messages.filter((m) => /Content Security Policy|Refused to/i.test(m.text));
  expect(csp).toEqual([]);
  expect(consoleLog.clairErrors()).toEqual([]);
});
