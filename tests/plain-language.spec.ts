/**
 * Plain-language help: glossary marks in the page and their explanations.
 * Fixture: tests/fixtures/plain-language.html (one thing checked per section: each term is marked
 * once per section). Real pages: demo/dossier-medical.html and the French corpus pages.
 */
import type { Page } from '@playwright/test';
import { axeClair, configure, expect, gotoClair, newViolations, panel, resetAll, setSetting, test, violationCounts } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { markTexts, openUnderstand, snapshot } from './helpers/understand';

const FIXTURE = '/tests/fixtures/plain-language.html';

async function turnOn(page: Page): Promise<void> {
  expect(await setSetting(page, 'plainLanguage', true)).toBe(true);
}

/** The `.mark` (role=button) of the n-th mark whose text is `text`. */
const mark = (page: Page, text: string) => page.getByRole('button', { name: text, exact: true });

/** State of the mark with this text: expanded or not, what the explanation's live region says. */
function markState(page: Page, text: string) {
  return page.evaluate((t) => {
    const term = [...document.querySelectorAll('clair-term')].find((el) => el.textContent === t);
    const tip = term?.nextElementSibling?.localName === 'clair-tip' ? term.nextElementSibling : null;
    const bubble = tip?.shadowRoot?.querySelector<HTMLElement>('.bubble');
    const box = bubble?.getBoundingClientRect();
    return {
      expanded: term?.getAttribute('aria-expanded') ?? null,
      controls: !!tip && term?.getAttribute('aria-controls') === tip.id,
      live: tip?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
      open: bubble ? bubble.matches(':popover-open') : false,
      box: box ? { top: box.top, left: box.left, bottom: box.bottom, right: box.right, width: box.width } : null,
      focused: document.activeElement === term,
    };
  }, text);
}

test.describe('matching', () => {
  test('word boundaries, accents, plurals, case, separators, sections', async ({ page, consoleLog }) => {
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    // Once per section: the second "médecin traitant" of the paragraph is not marked.
    expect(await markTexts(page, '#first')).toEqual(['médecin traitant']);
    // Listed plural, and a plural the glossary does not list ("foie" → "foies").
    expect(await markTexts(page, '#plural')).toEqual(['médecins traitants', 'foies']);
    // Abbreviations match their case only; words ignore case.
    expect(await markTexts(page, '#case')).toEqual(['CPAM', 'HAS', 'CONSULTATION']);
    // A dropped accent matches (capitals, hasty typing); a different accent does not.
    expect(await markTexts(page, '#accent-a')).toEqual(['DIABETE']);
    expect(await markTexts(page, '#accent-b')).toEqual([]);
    expect(await markTexts(page, '#accent-c')).toEqual(['diabete']);
    // Not inside longer words or hyphenated compounds, no double plural.
    expect(await markTexts(page, '#boundary')).toEqual([]);
    // Non-breaking space and typographic apostrophe.
    expect(await markTexts(page, '#nbsp')).toEqual(['tiers\u00a0payant']);
    expect(await markTexts(page, '#apostrophe')).toEqual(['lettre d’orientation']);
    // French glossary only: English text is left alone.
    expect(await markTexts(page, '#english')).toEqual([]);
    expect(consoleLog.clairErrors()).toEqual([]);
  });

  test('nothing is marked in links, controls, form fields, code, headings or hidden and no-translate text', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    const formBefore = await snapshot(page);
    await turnOn(page);
    for (const selector of ['#excluded', 'pre', '#form', 'h1', 'h2', 'h3']) {
      expect(await markTexts(page, selector), selector).toEqual([]);
    }
    // The heading "Ordonnance" is skipped; the paragraph under it gets the mark.
    expect(await markTexts(page, '#after-heading')).toEqual(['ordonnance']);
    // Links keep their text node and their single child.
    expect(await page.locator('#excluded a').evaluate((a) => [a.childNodes.length, a.textContent])).toEqual([1, 'médecin traitant']);
    // Form values are untouched.
    expect((await snapshot(page)).forms).toEqual(formBefore.forms);
  });
});

test.describe('marks and explanations', () => {
  test('keyboard: Tab reaches a mark, Enter and Space toggle, Escape closes and focus stays', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    const term = mark(page, 'médecin traitant');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    // The word is the accessible name (the "i" is decoration); marks are in the tab order, in
    // reading order: the header's "Centre de santé" first, then the first paragraph's term.
    await page.keyboard.press('Tab');
    await expect(mark(page, 'Centre de santé')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    let state = await markState(page, 'médecin traitant');
    expect(state.open).toBe(true);
    expect(state.live).toContain("C'est le médecin que vous avez choisi.");
    expect(state.focused).toBe(true);
    expect(state.controls).toBe(true);
    // Escape closes it; focus is on the word.
    await page.keyboard.press('Escape');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    state = await markState(page, 'médecin traitant');
    expect(state).toMatchObject({ open: false, live: '', focused: true });
    // Space toggles too, without scrolling the page.
    const scroll = await page.evaluate(() => scrollY);
    await page.keyboard.press('Space');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() => scrollY)).toBe(scroll);
    await page.keyboard.press('Space');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    // Tab moves on to the next mark; an open explanation closes when focus leaves its word.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(mark(page, 'médecins traitants')).toBeFocused();
    expect((await markState(page, 'médecin traitant')).open).toBe(false);
  });

  test('pointer: click opens next to the word, hovering keeps it, a click elsewhere closes it', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    const term = mark(page, 'CPAM');
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const box = (await term.boundingBox())!;
    const state = await markState(page, 'CPAM');
    expect(state.open).toBe(true);
    // Placed by Floating UI just below the word (or above when there is no room), inside the viewport.
    expect(state.box!.top >= box.y + box.height - 1 || state.box!.bottom <= box.y + 1).toBe(true);
    expect(state.box!.left).toBeGreaterThanOrEqual(0);
    expect(state.box!.right).toBeLessThanOrEqual(1280);
    expect(state.live).toContain('CPAM');
    // WCAG 1.4.13: moving the pointer onto the explanation, or away, does not close it.
    await page.mouse.move(state.box!.left + 10, state.box!.top + 10);
    await page.mouse.move(5, 5);
    expect((await markState(page, 'CPAM')).open).toBe(true);
    // Opening another mark closes the first one.
    await mark(page, 'HAS').click();
    await expect(mark(page, 'HAS')).toHaveAttribute('aria-expanded', 'true');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    // A click outside closes it.
    await page.locator('#first').click({ position: { x: 2, y: 2 } });
    await expect(mark(page, 'HAS')).toHaveAttribute('aria-expanded', 'false');
    // The mark's click is not the page's: a clickable card around it does not fire.
    await mark(page, 'prise de sang').first().click();
    await expect(mark(page, 'prise de sang').first()).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() => (window as unknown as { cardClicks: number }).cardClicks)).toBe(0);
  });

  test.describe('touch', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    test('a tap opens the explanation inside the small viewport; a tap elsewhere closes it', async ({ page }) => {
      await gotoClair(page, FIXTURE);
      await turnOn(page);
      const term = mark(page, 'foies');
      await term.tap();
      await expect(term).toHaveAttribute('aria-expanded', 'true');
      const state = await markState(page, 'foies');
      expect(state.open).toBe(true);
      expect(state.box!.left).toBeGreaterThanOrEqual(0);
      expect(state.box!.right).toBeLessThanOrEqual(390);
      await page.locator('h1').tap();
      await expect(term).toHaveAttribute('aria-expanded', 'false');
    });
  });
});

test.describe('site glossary', () => {
  test('site entries override and add, other languages use their own file, bad entries are reported', async ({ page, consoleLog }) => {
    await configure(page, {
      glossary: {
        url: ['/tests/fixtures/glossary-site.json', '/tests/fixtures/glossary-en.json', '/tests/fixtures/glossary-bad.json', '/tests/fixtures/missing.json'],
      },
    });
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    // Same id: the site's definition replaces Clair's.
    await mark(page, 'médecin traitant').click();
    expect((await markState(page, 'médecin traitant')).live).toContain('Définition du site pour le médecin traitant.');
    // Same term in another entry: the site's entry wins.
    await page.locator('#after-heading').getByRole('button', { name: 'ordonnance' }).click();
    expect((await markState(page, 'ordonnance')).live).toContain('Ordonnance selon le site.');
    // The English file marks the English section, with an English explanation.
    expect(await markTexts(page, '#english')).toEqual(['GP']);
    await mark(page, 'GP').click();
    expect((await markState(page, 'GP')).live).toContain('A GP is the doctor you see first.');
    await expect(page.locator('clair-tip .bubble')).toHaveAttribute('lang', 'en');

    const warnings = consoleLog.warnings().join('\n');
    const expected = [
      /glossary-site\.json: unknown field "extra" ignored/,
      /glossary-site\.json: entry #3 \("Bad Id"\): field "id" must be kebab-case/,
      /glossary-site\.json: entry #4 \("sans-definition"\): field "definition" must be/,
      /glossary-site\.json: entry #5 \("mauvaise-categorie"\): field "category" must be one of/,
      /glossary-site\.json: entry #6 \("champ-en-trop"\): unknown field "note" ignored/,
      /glossary-bad\.json: field "version" must be 1 .*; the file is ignored/,
      /missing\.json could not be loaded \(HTTP 404\)/,
    ];
    for (const re of expected) expect(warnings).toMatch(re);
    expect(warnings).toMatch(/\(CLAIR_GLOSSARY\)/);
    expect(consoleLog.clairErrors()).toEqual([]);
  });

  test('a glossary option without url is reported', async ({ page, consoleLog }) => {
    await configure(page, { glossary: { file: '/x.json' } });
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    const warnings = consoleLog.warnings().join('\n');
    expect(warnings).toMatch(/option "glossary" has an unknown field "file"/);
    expect(warnings).toMatch(/option "glossary" needs "url"/);
    // Clair's own glossary still works.
    expect(await markTexts(page, '#first')).toEqual(['médecin traitant']);
  });
});

test.describe('reversibility and content added later', () => {
  test('turning it off restores the DOM, styles, form values and focus exactly', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    const before = await snapshot(page);
    await turnOn(page);
    expect(await page.locator('clair-term').count()).toBeGreaterThan(10);
    await mark(page, 'CPAM').click();
    await page.keyboard.press('Escape');
    await page.locator('body').focus();
    await resetAll(page);
    expect(await page.locator('clair-term').count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);
    // Text nodes are joined back exactly as they were (no more, no fewer).
    expect(await page.locator('#first').evaluate((p) => p.childNodes.length)).toBe(1);
  });

  test('content added later is marked in one batch; text the page rewrites stays right', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    await turnOn(page);
    await page.evaluate(() => {
      const later = document.getElementById('later')!;
      for (let i = 0; i < 20; i++) {
        const p = document.createElement('p');
        p.className = 'added';
        p.textContent = i === 0 ? 'Passez une IRM.' : `Ligne ${i} sans mot du glossaire.`;
        later.append(p);
      }
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = 'ordonnance';
      later.append(link);
    });
    await expect(page.locator('#later clair-term')).toHaveText(['IRM']);
    // A framework updating the text node it owns (nodeValue) after Clair cut it: no stale pieces.
    await page.evaluate(() => {
      (document.getElementById('first')!.firstChild as Text).data = 'Texte réécrit par la page : parlez-en à votre pharmacien.';
    });
    await expect(page.locator('#first')).toHaveText('Texte réécrit par la page : parlez-en à votre pharmacien.');
    await expect(page.locator('#first clair-term')).toHaveText(['pharmacien']);
    const expected = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const t of clone.querySelectorAll('clair-term')) t.replaceWith(...t.childNodes);
      clone.normalize();
      return clone.textContent;
    });
    await resetAll(page);
    expect(await page.evaluate(() => document.body.textContent)).toBe(expected);
    expect(await page.locator('clair-term').count()).toBe(0);
  });
});

test.describe('real pages', () => {
  // Big pages and several axe runs each.
  test.describe.configure({ timeout: 120_000 });
  test('demo health guide (5,000+ words): many marks, axe finds nothing new, exact restore', async ({ page, consoleLog }) => {
    await gotoClair(page, '/demo/dossier-medical.html');
    const words = await page.evaluate(() => document.body.innerText.split(/\s+/).length);
    expect(words).toBeGreaterThan(5000);
    const before = await snapshot(page);
    // axe on the main content (where the marks are): a whole-page run of this long guide is slow.
    const violationsBefore = await violationCounts(page, { include: 'main' });
    await turnOn(page);
    const count = await page.locator('main clair-term').count();
    expect(count).toBeGreaterThan(100);
    // Marks add no axe violation, with an explanation open too.
    const first = page.locator('main clair-term').first();
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await expect(page.locator('clair-tip .bubble')).toBeVisible();
    expect(newViolations(violationsBefore, await violationCounts(page, { include: 'main' }))).toEqual({});
    await page.keyboard.press('Escape');
    await resetAll(page);
    expect(await snapshot(page)).toEqual(before);
    expect(consoleLog.clairErrors()).toEqual([]);
  });

  const PAGES = ['mcc-je-veux-me-faire-vacciner', 'mcc-cas-contact-a-risque', 'mcc-conseils-pour-les-enfants', 'dsfr-register'];
  for (const id of PAGES) {
    test(`corpus ${id}: marks, axe, exact restore`, async ({ page, consoleLog }) => {
      await gotoClair(page, corpusUrl(id));
      const before = await snapshot(page);
      const violationsBefore = await violationCounts(page);
      await turnOn(page);
      const count = await page.locator('clair-term').count();
      if (id.startsWith('mcc-')) expect(count).toBeGreaterThan(5);
      // Nothing inside links, buttons or form fields.
      expect(await page.locator(':is(a, button, label, textarea, select, h1, h2, h3) clair-term').count()).toBe(0);
      if (count > 0) {
        const first = page.locator('clair-term').first();
        await first.scrollIntoViewIfNeeded();
        await first.click();
        await expect(page.locator('clair-tip .bubble')).toBeVisible();
      }
      expect(newViolations(violationsBefore, await violationCounts(page))).toEqual({});
      await resetAll(page);
      const after = await snapshot(page);
      expect(after.html).toBe(before.html);
      expect(after.forms).toEqual(before.forms);
      expect(after.styles).toEqual(before.styles);
      expect(consoleLog.clairErrors()).toEqual([]);
    });
  }

  test('English page (NHS): the French glossary marks nothing and the page is untouched', async ({ page, consoleLog }) => {
    await gotoClair(page, '/corpus/nhs-healthaz/index.html?clair');
    const before = await snapshot(page);
    await turnOn(page);
    expect(await page.locator('clair-term').count()).toBe(0);
    expect(consoleLog.warnings().join('\n')).toMatch(/no glossary is available for the languages of this page.*\(CLAIR_GLOSSARY\)/);
    await resetAll(page);
    expect((await snapshot(page)).html).toBe(before.html);
  });

  test('the panel switch turns it on and off, with its description; the panel has no axe violation', async ({ page }) => {
    await gotoClair(page, FIXTURE);
    await openUnderstand(page);
    const toggle = panel(page).getByRole('switch', { name: 'Expliquer les mots difficiles' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('#first clair-term')).toHaveCount(1);
    await expect(toggle).toHaveAccessibleDescription(/pointillés/);
    const results = await axeClair(page).analyze();
    expect(results.violations).toEqual([]);
    await toggle.click();
    await expect(page.locator('clair-term')).toHaveCount(0);
  });
});
