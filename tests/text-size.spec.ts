import { readdirSync } from 'node:fs';
import { axeClair, expect, gotoClair, newViolations, openPanel, panel, resetAll, setSetting, test, violationCounts, watchReady } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { clippedText, horizontalOverflow, overlappingText, settle, snapshot } from './helpers/reading';

const FIXTURE = '/tests/fixtures/read-text.html';

/** Font sizes (px) of fixture elements, including inside the open shadow root and the iframe. */
function sizes(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const fs = (el: Element | null | undefined) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
    const shadow = document.querySelector('x-card')?.shadowRoot;
    const frame = (document.getElementById('frame') as HTMLIFrameElement).contentDocument;
    const ids = ['title', 'px', 'rem', 'em', 'nested', 'deep', 'link', 'nom', 'note'];
    return {
      ...Object.fromEntries(ids.map((id) => [id, fs(document.getElementById(id))])),
      shadowP: fs(shadow?.getElementById('shadow-p')),
      shadowSmall: fs(shadow?.getElementById('shadow-small')),
      frameP: fs(frame?.getElementById('frame-p')),
      frameBig: fs(frame?.getElementById('frame-big')),
    } as Record<string, number>;
  });
}

function expectScaled(now: Record<string, number>, before: Record<string, number>, factor: number) {
  for (const [key, px] of Object.entries(before)) expect(now[key], key).toBeCloseTo(px * factor, 1);
}

test('text size enlarges px, rem and em text once, in shadow roots and iframes, and reverts exactly', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  await page.waitForFunction(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.getElementById('frame-p'));
  await page.focus('#nom');
  const before = await snapshot(page);
  const original = await sizes(page);
  expect(original).toMatchObject({ px: 14, rem: 20, em: 24, nested: 28.8, shadowP: 15, shadowSmall: 12, frameP: 13, frameBig: 24 });

  expect(await setSetting(page, 'textSize', 150)).toBe(true);
  await settle(page);
  expectScaled(await sizes(page), original, 1.5);
  // Clair's own UI grows too, within limits.
  expect(await page.evaluate(() => document.querySelector('clair-toolbar')?.getAttribute('style'))).toContain('--clair-scale: 1.5');

  // A value change is one custom property: no attribute of the page changes, no new walk.
  const changes = await page.evaluate(async () => {
    let count = 0;
    const observer = new MutationObserver((records) => (count += records.length));
    observer.observe(document.body, { attributes: true, subtree: true, childList: true });
    const clair = (window as unknown as { Clair: { set(k: string, v: unknown): boolean; settled(): Promise<void> } }).Clair;
    clair.set('textSize', 200);
    await clair.settled();
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    return count;
  });
  expect(changes).toBe(0);
  await settle(page);
  expectScaled(await sizes(page), original, 2);

  // The fixed-height box grows with its text; a box the site already clamped and visually hidden
  // text are left alone.
  await expect.poll(() => page.evaluate(() => document.getElementById('box')!.hasAttribute('data-clair-fit-size'))).toBe(true);
  const boxes = await page.evaluate(() => {
    const box = document.getElementById('box')!;
    const sr = document.getElementById('sr')!;
    return { boxFits: box.scrollHeight <= box.clientHeight + 1, clamp: document.getElementById('clamp')!.hasAttribute('data-clair-fit-size'), srWidth: sr.getBoundingClientRect().width };
  });
  expect(boxes).toEqual({ boxFits: true, clamp: false, srWidth: 1 });

  // Content added later (relative and absolute sizes, a new shadow root) is measured in batches.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const em = document.createElement('p');
    em.id = 'late-em';
    em.style.fontSize = '1.5em';
    em.append('Ajouté plus tard ', Object.assign(document.createElement('small'), { id: 'late-small', textContent: 'petit' }));
    const px = Object.assign(document.createElement('p'), { id: 'late-px', textContent: 'Dix pixels' });
    px.style.fontSize = '10px';
    const card = document.createElement('x-card');
    card.id = 'late-card';
    const frame = Object.assign(document.createElement('iframe'), { id: 'late-frame', title: 'Cadre ajouté', srcdoc: '<p id="f" style="font-size:12px">Cadre ajouté</p>' });
    main.append(em, px, card, frame);
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const fs = (el: Element | null | undefined) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
        const frame = (document.getElementById('late-frame') as HTMLIFrameElement).contentDocument;
        return [fs(document.getElementById('late-em')), fs(document.getElementById('late-px')), fs(document.getElementById('late-card')?.shadowRoot?.getElementById('shadow-p')), fs(frame?.getElementById('f'))];
      }),
    )
    .toEqual([48, 20, 30, 24]);
  await page.evaluate(() => ['late-em', 'late-px', 'late-card', 'late-frame'].forEach((id) => document.getElementById(id)?.remove()));

  await resetAll(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

const CORPUS = ['dsfr-register', 'nhs-pregnancy', 'mcc-je-veux-me-faire-vacciner', 'w3c-bad-before-news'];

for (const id of CORPUS) {
  test(`text size 200 % on ${id}: every text doubles, nothing clipped or overlapping, no new axe violation`, async ({ page, consoleLog }) => {
    test.slow();
    await gotoClair(page, corpusUrl(id));
    const sample = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body p, body li, body h1, body h2, body h3, body a, body label, body td, body button')]
          .filter((el) => !el.closest('[data-clair-ui], svg'))
          .slice(0, 80)
          .map((el) => parseFloat(getComputedStyle(el).fontSize)),
      );
    const original = await sample();
    const clippedBefore = await clippedText(page);
    const overlapBefore = await overlappingText(page);
    const overflowBefore = await horizontalOverflow(page);
    const axeBefore = id === 'dsfr-register' || id === 'nhs-pregnancy' ? await violationCounts(page) : null;

    await setSetting(page, 'textSize', 200);
    await settle(page);
    const now = await sample();
    now.forEach((px, i) => expect(px, `element ${i}`).toBeCloseTo(original[i]! * 2, 0));
    await expect.poll(async () => (await clippedText(page)).filter((c) => !clippedBefore.includes(c))).toEqual([]);
    expect((await overlappingText(page)).filter((o) => !overlapBefore.includes(o))).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(Math.max(overflowBefore, 0) + 1);
    if (axeBefore) expect(newViolations(axeBefore, await violationCounts(page))).toEqual({});
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

const DEMO = readdirSync('demo')
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/demo/${f}`)
  .concat(readdirSync('demo/en').filter((f) => f.endsWith('.html')).map((f) => `/demo/en/${f}`));

test('text size 200 % on the demo pages at 320 CSS px: no horizontal scrolling (WCAG 1.4.10)', async ({ browser }) => {
  test.slow();
  expect(DEMO.length).toBeGreaterThan(5);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await watchReady(page);
  const failures: string[] = [];
  for (const url of DEMO) {
    await gotoClair(page, url);
    // The demo is ours: it reflows at 320 px without Clair too (data tables scroll in their own box).
    const before = await horizontalOverflow(page);
    if (before > 1) failures.push(`${url} without Clair: ${before}px`);
    await setSetting(page, 'textSize', 200);
    await settle(page);
    const after = await horizontalOverflow(page);
    if (after > 1) failures.push(`${url} at 200 %: ${after}px`);
    await resetAll(page);
  }
  expect(failures).toEqual([]);
  await context.close();
});

test('the panel offers the reading styles with accessible controls', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await openPanel(page, { expandAll: false });
  const dialog = panel(page);
  const slider = dialog.getByRole('slider', { name: 'Taille du texte' });
  await expect(slider).toHaveAttribute('aria-valuetext', /100/);
  await dialog.getByRole('button', { name: 'Augmenter : Taille du texte' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('textSize'))).toBe(105);
  await expect(dialog.getByRole('radio', { name: 'Luciole' })).toBeVisible();
  await expect(dialog.getByRole('switch', { name: 'Lignes plus courtes' })).toBeVisible();
  await expect(dialog.getByRole('switch', { name: 'Aligner le texte sans le justifier' })).toBeVisible();
  // The four spacing sliders appear with the "custom" choice.
  await expect(dialog.getByRole('slider', { name: 'Hauteur des lignes' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Personnalisé' }).check();
  await expect(dialog.getByRole('slider', { name: 'Hauteur des lignes' })).toBeVisible();
  await expect(dialog.getByRole('slider', { name: 'Espace entre les lettres' })).toHaveAttribute('aria-valuetext', /12/);
  expect((await axeClair(page).analyze()).violations).toEqual([]);
});
