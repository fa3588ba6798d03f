import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { settle, snapshot } from './helpers/reading';

const FIXTURE = '/tests/fixtures/read-text.html';
const FAMILIES = { luciole: 'Clair Luciole', opendyslexic: 'Clair OpenDyslexic', atkinson: 'Clair Atkinson Hyperlegible', lexend: 'Clair Lexend' };

test('each readable font loads from Clair’s own origin, only when chosen, and icon fonts keep their glyphs', async ({ page, baseURL, consoleLog }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font' || /\.woff2?$/.test(r.url())) fontRequests.push(r.url());
  });
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  const iconsBefore = await icons(page);
  expect(fontRequests.filter((u) => u.includes('/fonts/') && !u.includes('/fonts/lexend/lexend-latin-400-normal'))).toEqual([]);

  for (const [choice, family] of Object.entries(FAMILIES)) {
    await setSetting(page, 'font', choice);
    const state = await page.evaluate(async (family) => {
      await document.fonts.load(`16px "${family}"`, 'Bonjour');
      await document.fonts.load(`bold 16px "${family}"`, 'Bonjour');
      return {
        loaded: document.fonts.check(`16px "${family}"`, 'Bonjour') && document.fonts.check(`bold 16px "${family}"`, 'Bonjour'),
        title: getComputedStyle(document.getElementById('title')!).fontFamily,
        input: getComputedStyle(document.getElementById('nom')!).fontFamily,
        shadow: getComputedStyle(document.querySelector('x-card')!.shadowRoot!.getElementById('shadow-p')!).fontFamily,
        frame: getComputedStyle((document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById('frame-p')!).fontFamily,
      };
    }, family);
    expect(state, choice).toEqual({ loaded: true, title: `"${family}", sans-serif`, input: `"${family}", sans-serif`, shadow: `"${family}", sans-serif`, frame: `"${family}", sans-serif` });
    expect(await icons(page), choice).toEqual(iconsBefore);
    // All faces are declared while the feature is on, but only the chosen font is fetched (the
    // fixture's own icon font borrows a Lexend file).
    if (choice === 'luciole') expect(fontRequests.filter((u) => u.includes('/dist/fonts/') && !u.includes('/fonts/luciole/') && !u.includes('/fonts/lexend/lexend-latin-400-normal'))).toEqual([]);
  }
  // Every font file came from Clair's own dist/ folder on this origin.
  const clairFonts = fontRequests.filter((u) => u.includes('/dist/fonts/') && !u.includes('lexend-latin-400-normal.woff2?fixture'));
  expect(clairFonts.length).toBeGreaterThan(4);
  expect(fontRequests.every((u) => u.startsWith(`${baseURL}/dist/fonts/`))).toBe(true);

  // An icon added later keeps its font too (found by its font-family name, no known class).
  await page.evaluate(() => {
    const late = Object.assign(document.createElement('span'), { className: 'glyph', id: 'late-glyph', textContent: '\ue003' });
    document.querySelector('main')!.append(late);
  });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.getElementById('late-glyph')!).fontFamily)).toBe('"Fixture Awesome", sans-serif');
  await page.evaluate(() => document.getElementById('late-glyph')!.remove());

  await resetAll(page);
  await settle(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

/** Font and pseudo-element content of the fixture's icons. */
function icons(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    ['icon-i', 'icon-span', 'icon-material'].map((id) => {
      const el = document.getElementById(id)!;
      return [getComputedStyle(el).fontFamily, getComputedStyle(el, '::before').content, getComputedStyle(el, '::before').fontFamily];
    }),
  );
}

test('DSFR icons (mask-image pseudo-elements) still render with a readable font', async ({ page }) => {
  test.slow();
  await gotoClair(page, corpusUrl('dsfr-login'));
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[class*="fr-icon-"], [class*="fr-btn--"], .fr-link')]
        .filter((el) => !el.closest('[data-clair-ui]'))
        .flatMap((el) => ['::before', '::after'].map((p) => [el, getComputedStyle(el, p)] as const))
        .filter(([, cs]) => cs.content !== 'none' && cs.maskImage !== 'none')
        .map(([el, cs]) => `${el.className} ${cs.maskImage.slice(0, 40)} ${cs.width} ${cs.height} ${cs.backgroundColor}`),
    );
  const before = await read();
  expect(before.length).toBeGreaterThan(0);
  await setSetting(page, 'font', 'luciole');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toContain('Clair Luciole');
  expect(await read()).toEqual(before);
});
