/**
 * The reading view: opens from the panel (keyboard, pointer, touch), is a modal dialog (focus
 * inside, page inert), shows the main content (words compared with the page's main landmark),
 * passes axe-core itself, never copies a form (it sends the visitor to the real one), says so when
 * it finds too little, and closing it puts the page back exactly (DOM, styles, values, scroll,
 * focus).
 */
import { axe, expect, gotoClair, launcher, openPanel, resetAll, setSetting, test, watchReady } from './helpers/clair';
import { corpusPages, corpusUrl } from './helpers/corpus';
import { coverage, DEMO_PAGES, mainWords, readingView, showGroup, snapshot, viewWords } from './helpers/layout';

const readingSwitch = (page: import('@playwright/test').Page) => page.getByRole('switch', { name: 'Vue lecture' });

test('keyboard: opens from the panel, keeps focus inside, Escape returns focus and scroll', async ({ page, consoleLog }) => {
  await gotoClair(page, '/demo/dossier-medical.html');
  await page.evaluate(() => window.scrollTo(0, 1500));
  const before = await snapshot(page);
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await showGroup(page, 'Comprendre', 'keyboard');
  await readingSwitch(page).focus();
  await page.keyboard.press('Space');
  const view = readingView(page);
  await expect(view).toBeVisible();
  await expect(view).toHaveAccessibleName(/Vivre avec un diabète de type 2/);
  // Focus starts on the title; the page behind cannot take focus.
  await expect(page.locator('clair-reading-view #rv-title')).toBeFocused();
  expect(await page.evaluate(() => {
    const link = document.querySelector<HTMLElement>('main a');
    link?.focus();
    return document.activeElement === link;
  })).toBe(false);
  // A table-of-contents link moves focus to its heading inside the view.
  const tocLink = page.locator('clair-reading-view .toc a').nth(2);
  const tocText = (await tocLink.textContent())?.trim() ?? '';
  await tocLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('clair-reading-view article :is(h2, h3):focus')).toHaveText(tocText);
  // Tab wraps from the last control to the first, Shift+Tab the other way.
  await page.locator('clair-reading-view .end button').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('clair-reading-view .bar button')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('clair-reading-view .end button')).toBeFocused();
  // The page's own scroll position never moved.
  expect(await page.evaluate(() => window.scrollY)).toBe(1500);

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(readingSwitch(page)).toBeFocused();
  await expect(readingSwitch(page)).toHaveAttribute('aria-checked', 'false');
  expect(await page.evaluate(() => window.scrollY)).toBe(1500);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('text made larger while the view is open: closing it goes back to the same place in the content, not the same pixel', async ({ page, consoleLog }) => {
  await gotoClair(page, '/demo/dossier-medical.html');
  const heading = page.locator('#traitements');
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -40));
  const topBefore = await heading.evaluate((h) => h.getBoundingClientRect().top);
  await setSetting(page, 'readingView', true);
  await expect(readingView(page)).toBeVisible();
  await setSetting(page, 'textSize', 200);
  await setSetting(page, 'readingView', false);
  await expect(readingView(page)).toHaveCount(0);
  // The heading the visitor was reading is where it was in the window, give or take a line of the
  // enlarged text (about 55 px); the page above it grew by thousands of pixels.
  await expect.poll(() => heading.evaluate((h, top) => Math.abs(h.getBoundingClientRect().top - top), topBefore)).toBeLessThan(60);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('pointer: close button; touch: tap to open and close', async ({ browser }) => {
  for (const hasTouch of [false, true]) {
    const context = await browser.newContext({ hasTouch, viewport: { width: hasTouch ? 390 : 1280, height: 800 } });
    const page = await context.newPage();
    await watchReady(page);
    await gotoClair(page, '/demo/vaccination.html');
    const act = (l: import('@playwright/test').Locator) => (hasTouch ? l.tap() : l.click());
    await act(launcher(page));
    await showGroup(page, 'Comprendre', hasTouch ? 'tap' : 'click');
    await act(readingSwitch(page));
    const view = readingView(page);
    await expect(view).toBeVisible();
    // One column, large text: the content's font is at least 1.2 times the browser default.
    const layout = await page.evaluate(() => {
      const root = document.querySelector('clair-reading-view')!.shadowRoot!;
      const p = root.querySelector('article p')!;
      const column = root.querySelector('.column')!.getBoundingClientRect();
      return { font: parseFloat(getComputedStyle(p).fontSize), width: column.width, vw: innerWidth, scrollW: root.querySelector('.scroller')!.scrollWidth };
    });
    expect(layout.font).toBeGreaterThanOrEqual(19);
    expect(layout.scrollW).toBeLessThanOrEqual(layout.vw);
    await act(page.locator('clair-reading-view .bar button'));
    await expect(view).toHaveCount(0);
    await context.close();
  }
});

test('forms are not lost: go to the real form, values kept, submitted once', async ({ page }) => {
  await gotoClair(page, '/demo/rendez-vous.html');
  await page.fill('#nom', 'Martin');
  await page.evaluate(() => {
    (window as unknown as { submits: number }).submits = 0;
    document.querySelector('form')!.addEventListener('submit', () => (window as unknown as { submits: number }).submits++);
  });
  await setSetting(page, 'readingView', true);
  const view = readingView(page);
  await expect(view).toBeVisible();
  // No form control is copied into the view; a card offers the real form.
  expect(await page.locator('clair-reading-view :is(input, select, textarea, form)').count()).toBe(0);
  await expect(page.locator('clair-reading-view .form')).toContainText('Cette page contient un formulaire');
  await page.locator('clair-reading-view button[data-form]').first().click();
  await expect(view).toHaveCount(0);
  await expect(page.locator('#nom')).toBeFocused();
  await expect(page.locator('#nom')).toHaveValue('Martin');
  await expect(page.locator('#nom')).toBeInViewport();
  await page.fill('#prenom', 'Claire');
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(1);
  await expect(page.locator('#prenom')).toHaveValue('Claire');
});

test('too little text: says so and offers the simplified page', async ({ page }) => {
  await gotoClair(page, '/corpus/dsfr-unavailable/index.html?clair');
  await setSetting(page, 'readingView', true);
  await expect(page.locator('clair-reading-view .failed')).toContainText("n'a pas trouvé assez de texte");
  await page.locator('clair-reading-view .failed button').click();
  await expect(readingView(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('simplifiedPage'))).toBe(true);
});

/** Adds `n` short sections to the main landmark (turned into a plain div first when `unwrapMain`). */
async function lengthen(page: import('@playwright/test').Page, n: number, unwrapMain: boolean): Promise<void> {
  await page.evaluate(
    ({ n, unwrapMain }) => {
      let main = document.querySelector('main')!;
      if (unwrapMain) {
        const div = document.createElement('div');
        div.append(...Array.from(main.childNodes));
        main.replaceWith(div);
        main = div as HTMLElement;
      }
      for (let i = 1; i <= n; i++) {
        const section = document.createElement('section');
        section.innerHTML = `<h3>Part ${i}</h3><p>Paragraph number${i} about <a href="#p${i}">feet</a> and <strong>daily</strong> care.</p><ul><li>One</li><li>Two</li></ul>`;
        main.append(section);
      }
    },
    { n, unwrapMain },
  );
}

test('long pages: the main landmark is shown whole, in parts laid out as they come into view; without one, says it is too long', async ({ page, consoleLog }) => {
  await gotoClair(page, '/tests/fixtures/layout-anchors.html?clair');
  await lengthen(page, 400, false);
  await setSetting(page, 'readingView', true);
  await expect(readingView(page)).toBeVisible();
  const parts = page.locator('clair-reading-view article .part');
  expect(await parts.count()).toBeGreaterThan(5);
  await expect(parts.first()).toHaveCSS('content-visibility', 'auto');
  await expect(page.locator('clair-reading-view article')).toContainText('Paragraph number400 about feet');
  // A link to a section far down still moves focus there.
  await page.locator('clair-reading-view article a', { hasText: 'how to wash your feet' }).click();
  await expect(page.locator('clair-reading-view article h2:focus')).toHaveText('Washing');
  await page.keyboard.press('Escape');
  await expect(readingView(page)).toHaveCount(0);

  await gotoClair(page, '/tests/fixtures/layout-anchors.html?clair');
  await lengthen(page, 400, true);
  await setSetting(page, 'readingView', true);
  await expect(page.locator('clair-reading-view .failed')).toContainText('too long');
  await expect(page.locator('clair-reading-view .failed button')).toBeVisible();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('same-page links: inside the view they move focus there; to the page they close the view and go there', async ({ page }) => {
  await gotoClair(page, '/tests/fixtures/layout-anchors.html?clair');
  await setSetting(page, 'readingView', true);
  await expect(readingView(page)).toBeVisible();
  await page.locator('clair-reading-view article a', { hasText: 'how to wash your feet' }).click();
  await expect(page.locator('clair-reading-view article h2:focus')).toHaveText('Washing');
  await expect(readingView(page)).toBeVisible();
  await page.locator('clair-reading-view article a', { hasText: 'contact details' }).click();
  await expect(readingView(page)).toHaveCount(0);
  await expect(page.locator('#contact')).toBeFocused();
  await expect(page.locator('#contact')).toBeInViewport();
  // The temporary tabindex goes away with focus.
  await page.locator('main a').first().focus();
  await expect(page.locator('#contact')).not.toHaveAttribute('tabindex');
});

/** A representative subset: each corpus family, inaccessible and accessible versions, forms, long pages. */
const CORPUS_SAMPLE = ['w3c-bad-before-home', 'w3c-bad-before-news', 'w3c-bad-after-tickets', 'dsfr-login', 'dsfr-register-identity', 'mcc-je-veux-me-faire-vacciner', 'nhs-pregnancy', 'nhs-check-your-answers'];

// Every demo page and a sample of the corpus: main text present, no axe violation in the view,
// page restored exactly after closing.
for (const url of [...DEMO_PAGES, ...corpusPages().filter((p) => CORPUS_SAMPLE.includes(p.id)).map((p) => corpusUrl(p.id))]) {
  test(`content, axe and restore: ${url}`, async ({ page, consoleLog }) => {
    test.slow(url.includes('dossier'));
    await gotoClair(page, url);
    const before = await snapshot(page);
    const source = await mainWords(page);
    await setSetting(page, 'readingView', true);
    await expect(readingView(page)).toBeVisible();
    const failed = await page.locator('clair-reading-view .failed').count();
    if (source.length > 0 && !failed) expect(coverage(source, await viewWords(page))).toBeGreaterThanOrEqual(0.7);
    const results = await axe(page).include('clair-reading-view').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(readingView(page)).toHaveCount(0);
    expect(await snapshot(page)).toEqual(before);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

test('opening from the panel with a pointer returns focus to the switch when closed', async ({ page }) => {
  await gotoClair(page, '/demo/index.html');
  await openPanel(page, { expandAll: false });
  await showGroup(page, 'Comprendre');
  await readingSwitch(page).click();
  await expect(readingView(page)).toBeVisible();
  await page.locator('clair-reading-view .end button').click();
  await expect(readingView(page)).toHaveCount(0);
  await expect(readingSwitch(page)).toBeFocused();
});

test('follows the other reading settings while open (text size, contrast), as one style update', async ({ page }) => {
  await gotoClair(page, '/demo/vaccination.html');
  await setSetting(page, 'readingView', true);
  await expect(readingView(page)).toBeVisible();
  const read = () =>
    page.evaluate(() => {
      const root = document.querySelector('clair-reading-view')!.shadowRoot!;
      const p = getComputedStyle(root.querySelector('article p')!);
      const dialog = getComputedStyle(root.querySelector('dialog')!);
      return { font: parseFloat(p.fontSize), colour: dialog.color, background: dialog.backgroundColor, nodes: root.querySelectorAll('*').length };
    });
  const before = await read();
  await setSetting(page, 'textSize', 200);
  await setSetting(page, 'contrast', 'yellow');
  const after = await read();
  expect(after.font).toBeCloseTo(before.font * 2, 0);
  expect(after.colour).toBe('rgb(255, 255, 0)');
  expect(after.background).toBe('rgb(0, 0, 0)');
  // Same view, no rebuild.
  expect(after.nodes).toBe(before.nodes);
  expect((await axe(page).include('clair-reading-view').analyze()).violations).toEqual([]);
  await resetAll(page);
  await expect(readingView(page)).toHaveCount(0);
});
