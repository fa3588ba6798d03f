/**
 * Contrast modes: zero axe colour-contrast violations on every corpus page in every high-contrast
 * mode, text and controls visible on a fixture, icons drawn, photos natural in inverted mode,
 * custom colours checked at 7:1, forced colours respected, and the page restored exactly.
 */
import { axe, axeClair, expect, gotoClair, openPanel, panel, resetAll, setSetting, test } from './helpers/clair';
import { corpusPages, corpusUrl } from './helpers/corpus';
import type { Page } from '@playwright/test';
import { centrePixel, countByRule, inkContrast, parseRgb, pixels, ratio, setContrast, type Rgb } from './helpers/colour';

const FIXTURE = '/tests/fixtures/colour.html?clair';
/** The modes whose colours axe can measure; inverted mode is checked below (axe ignores filters). */
const MODES = ['dark', 'light', 'yellow', 'custom'] as const;
const PAGES = corpusPages();
const GROUP = 4;

/**
 * axe's colour-contrast rule only. axe is injected once per page (by AxeBuilder), then run directly:
 * re-injecting it for every mode was most of this spec's time.
 */
async function contrastViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await axe(page).withRules(['color-contrast']).analyze();
  return page.evaluate(async () => {
    const axeRun = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { nodes: { target: string[]; any: { message: string }[] }[] }[] }> } }).axe;
    const result = await axeRun.run({ exclude: [['[data-clair-ui]']] }, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`));
  });
}

/** Opens the panel with the "see" group expanded (where the colour settings live). */
async function openSee(page: Page): Promise<void> {
  await openPanel(page, { expandAll: false });
  const toggle = panel(page).locator('#g-see');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

for (let i = 0; i < PAGES.length; i += GROUP) {
  const group = PAGES.slice(i, i + GROUP);
  test(`axe finds no colour-contrast violation in any mode: ${group.map((p) => p.id).join(', ')}`, async ({ page, consoleLog }) => {
    test.setTimeout(300_000);
    for (const { id } of group) {
      await gotoClair(page, corpusUrl(id));
      for (const mode of MODES) {
        await setContrast(page, mode);
        expect(await contrastViolations(page), `${id} in ${mode} mode`).toEqual([]);
      }
      await setContrast(page, 'off');
    }
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

test('inverted mode: the light palette under an inverting filter, still 7:1 once inverted', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoClair(page, FIXTURE);
  await setContrast(page, 'invert');
  // What axe measures (the colours before the filter) passes...
  const result = await axe(page).withRules(['color-contrast']).analyze();
  expect(result.violations).toEqual([]);
  // ...the filter is on <html>...
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).filter)).toContain('invert(1)');
  // ...and what the visitor sees, read from the screen, still contrasts: text pixels against the page.
  const background = await centrePixel(page, '#suite');
  expect(ratio(background, [0, 0, 0])).toBeLessThan(1.2);
  expect(await inkContrast(page, '#text', background)).toBeGreaterThanOrEqual(7);
  expect(await inkContrast(page, '#faint', background)).toBeGreaterThanOrEqual(7);
  // Photos are re-inverted: natural colours.
  const photo = await centrePixel(page, '#photo');
  for (const [c, expected] of photo.map((v, k) => [v, [0xe0, 0x70, 0x20][k]!] as const)) expect(Math.abs(c - expected)).toBeLessThanOrEqual(12);
});

for (const mode of ['dark', 'light', 'yellow', 'invert', 'custom'] as const) {
  test(`${mode} mode: text, placeholders, disabled and visited links, borders, focus and icons stay visible`, async ({ page }) => {
    test.setTimeout(120_000);
    await gotoClair(page, FIXTURE);
    await setContrast(page, mode);
    const bg = await centrePixel(page, '#suite');
    // Text colours from computed styles against the palette background (before any filter).
    const colours = await page.evaluate(() => {
      const cs = (sel: string, pseudo?: string) => getComputedStyle(document.querySelector(sel)!, pseudo ?? null);
      return {
        bg: cs('body').backgroundColor,
        text: cs('#text').color,
        faint: cs('#faint').color,
        link: cs('#link').color,
        placeholder: cs('#name', '::placeholder').color,
        disabled: cs('#off').color,
        disabledButton: cs('#nope').color,
        fieldBg: cs('#name').backgroundColor,
      };
    });
    const pageBg = parseRgb(colours.bg);
    for (const key of ['text', 'faint', 'link', 'placeholder', 'disabled', 'disabledButton'] as const) {
      expect(ratio(parseRgb(colours[key]), pageBg), `${key} colour`).toBeGreaterThanOrEqual(7);
    }
    expect(parseRgb(colours.fieldBg)).toEqual(pageBg);
    // Visited links: the browser hides :visited from scripts, so read the screen.
    expect(await inkContrast(page, '#visited', bg)).toBeGreaterThanOrEqual(4.5);
    // Fields and buttons keep a visible boundary.
    for (const sel of ['#name', '#off', '#pick', '#note', '#go', '#nope']) {
      const border = await page.locator(sel).evaluate((el) => {
        const s = getComputedStyle(el);
        return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, colour: s.borderTopColor };
      });
      expect(border.width, sel).toBeGreaterThanOrEqual(1);
      expect(['solid', 'dashed']).toContain(border.style);
      expect(ratio(parseRgb(border.colour), pageBg), `${sel} border`).toBeGreaterThanOrEqual(3);
    }
    // Focus stays visible: a thick outline in a contrasting colour.
    await page.locator('#name').focus();
    const outline = await page.locator('#name').evaluate((el) => ({ width: parseFloat(getComputedStyle(el).outlineWidth), colour: getComputedStyle(el).outlineColor, style: getComputedStyle(el).outlineStyle }));
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(ratio(parseRgb(outline.colour), pageBg)).toBeGreaterThanOrEqual(3);
    // Icons: dark, white, background-image and pseudo-element ones are all drawn against the page.
    for (const sel of ['#svg-dark', '#svg-white', '#icon-bg', '#with-icon', '#pseudo-icon']) {
      expect(await inkContrast(page, sel, bg), sel).toBeGreaterThanOrEqual(3);
    }
    // Background decorations behind text go; icons stay.
    expect(await page.locator('#hero').evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
    expect(await page.locator('#with-icon').evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('url(');
  });
}

test('photos keep their natural colours in every mode', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoClair(page, FIXTURE);
  for (const mode of ['dark', 'yellow', 'invert', 'custom'] as const) {
    await setContrast(page, mode);
    const photo = await centrePixel(page, '#photo');
    photo.forEach((c, k) => expect(Math.abs(c - [0xe0, 0x70, 0x20][k]!), `${mode} channel ${k}`).toBeLessThanOrEqual(12));
  }
});

for (const id of ['w3c-bad-before-survey', 'dsfr-register', 'nhs-check-your-answers', 'mcc-cas-contact-a-risque']) {
  test(`no new axe violations with a contrast mode on: ${id}`, async ({ page }) => {
    test.setTimeout(180_000);
    await gotoClair(page, corpusUrl(id));
    const before = countByRule((await axe(page).exclude('[data-clair-ui]').analyze()).violations);
    for (const mode of ['dark', 'yellow', 'invert'] as const) {
      await setContrast(page, mode);
      const after = countByRule((await axe(page).exclude('[data-clair-ui]').analyze()).violations);
      for (const [rule, count] of Object.entries(after)) expect(count, `${id} ${mode}: ${rule}`).toBeLessThanOrEqual(before[rule] ?? 0);
    }
  });
}

test('custom colours: a pair below 7:1 is corrected and the panel says so', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'customBackground', 'white');
  await setSetting(page, 'customText', 'yellow');
  await setContrast(page, 'custom');
  const [text, bg] = await page.evaluate(() => [getComputedStyle(document.querySelector('#text')!).color, getComputedStyle(document.body).backgroundColor]);
  expect(parseRgb(bg!)).toEqual([255, 255, 255]);
  expect(parseRgb(text!)).not.toEqual([255, 255, 0]);
  expect(ratio(parseRgb(text!), [255, 255, 255])).toBeGreaterThanOrEqual(7);

  await openSee(page);
  const dialog = panel(page);
  const textGroup = dialog.getByRole('group', { name: 'Couleur du texte' });
  await expect(textGroup.getByRole('status')).toContainText('Jaune est trop pâle');
  // Swatches are radios: the keyboard moves through them and the page follows.
  await textGroup.getByRole('radio', { name: 'Jaune' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(textGroup.getByRole('radio', { name: 'Blanc' })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('customText'))).toBe('white');
  await expect(textGroup.getByRole('status')).toContainText('Blanc est trop pâle');
  await textGroup.getByRole('radio', { name: 'Noir' }).check();
  await expect(textGroup.getByRole('status')).toHaveText(/Contraste avec le fond : 21:1/);
  expect((await axeClair(page).analyze()).violations).toEqual([]);
});

test('contrast modes are chosen from the panel with the keyboard; Clair UI passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoClair(page, FIXTURE);
  await openSee(page);
  const group = panel(page).getByRole('group', { name: 'Contraste et couleurs' });
  await group.getByRole('radio', { name: 'Couleurs du site' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Sombre' })).toBeChecked();
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(18, 18, 18)');
  expect((await axeClair(page).analyze()).violations).toEqual([]);
  // The custom colours appear only in the custom mode.
  await expect(panel(page).getByRole('group', { name: 'Couleur du fond' })).toHaveCount(0);
  await group.getByRole('radio', { name: 'Mes couleurs' }).check();
  await expect(panel(page).getByRole('group', { name: 'Couleur du fond' })).toBeVisible();
  expect((await axeClair(page).analyze()).violations).toEqual([]);
});

test('forced colours: Clair does not fight them; the choices say why they are off', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ forcedColors: 'active' });
  await gotoClair(page, FIXTURE);
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await setSetting(page, 'contrast', 'yellow');
  await setSetting(page, 'saturation', 'mono');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(before);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('none');
  await openSee(page);
  for (const name of ['Contraste et couleurs', 'Saturation', 'Aide pour daltoniens']) {
    const group = panel(page).getByRole('group', { name });
    await expect(group.getByRole('radio').first()).toBeDisabled();
    await expect(group).toContainText('Les couleurs à contraste élevé de votre appareil sont actives');
  }
});

test('turning contrast off restores the page exactly (DOM, styles, form values)', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  await page.fill('#name', 'Camille');
  await page.check('#agree');
  await page.selectOption('#pick', { index: 1 });
  const snapshot = () =>
    page.evaluate(() => {
      const sample = ['body', 'h1', '#text', '#link', '#faint', '.banner', '#hero', '#name', '#pick', '#go', '#with-icon', '#icon-bg', '#photo', '#svg-dark', 'mark'];
      const props = ['color', 'background-color', 'background-image', 'border-top-color', 'border-top-width', 'filter', 'outline-style', 'text-decoration-line'];
      return {
        html: document.body.outerHTML,
        root: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
        rootChildren: document.documentElement.children.length,
        sheets: document.adoptedStyleSheets.length,
        styles: sample.map((s) => props.map((p) => getComputedStyle(document.querySelector(s)!).getPropertyValue(p)).join('|')),
        values: [(document.querySelector('#name') as HTMLInputElement).value, (document.querySelector('#agree') as HTMLInputElement).checked, (document.querySelector('#pick') as HTMLSelectElement).selectedIndex],
        active: document.activeElement?.id,
      };
    });
  await page.locator('#name').focus();
  const before = await snapshot();
  for (const mode of ['dark', 'invert', 'custom', 'yellow', 'light'] as const) await setContrast(page, mode);
  await setSetting(page, 'saturation', 'low');
  await setSetting(page, 'colourVision', 'deuteranopia');
  expect(await page.locator('[data-clair-ink]').count()).toBeGreaterThan(0);
  await resetAll(page);
  expect(await snapshot()).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('content added later is scanned too (batched), and a mode change does not rescan', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await setContrast(page, 'dark');
  await page.evaluate(() => {
    performance.clearMarks('clair:ink-scan-done');
    const span = document.createElement('span');
    span.id = 'late-icon';
    span.className = 'icon-bg';
    document.querySelector('main')!.append(span);
  });
  await expect(page.locator('#late-icon')).toHaveAttribute('data-clair-ink', 'bg');
  const marks = await page.evaluate(() => performance.getEntriesByName('clair:ink-scan-done').length);
  await setContrast(page, 'yellow');
  expect(await page.evaluate(() => performance.getEntriesByName('clair:ink-scan-done').length)).toBe(marks);
  const px = await pixels(page, { x: 0, y: 0, width: 1, height: 1 });
  expect(px[0]).toEqual([0, 0, 0] satisfies Rgb);
});
