/**
 * Read aloud: the player in the panel, what is queued (text, order, language, voice, speed), the
 * highlights, pause/resume/stop, and the messages when the browser cannot speak.
 * Headless Chromium has no voices, so window.speechSynthesis is replaced by a recording TEST DOUBLE
 * (installSpeechDouble in helpers/understand.ts); everything around it is Clair's real code.
 * Fixture: tests/fixtures/read-aloud.html.
 */
import type { Page } from '@playwright/test';
import { axeClair, expect, gotoClair, newViolations, panel, setSetting, test, violationCounts } from './helpers/clair';
import { pixels } from './helpers/colour';
import { highlightText, installSpeechDouble, openUnderstand, snapshot, speechCall, spoken, type TestVoice } from './helpers/understand';

const FIXTURE = '/tests/fixtures/read-aloud.html';
const VOICES: TestVoice[] = [
  { name: 'Amélie', lang: 'fr-FR', default: true },
  { name: 'Thomas', lang: 'fr-FR' },
  { name: 'Daniel', lang: 'en-GB' },
  // A voice that speaks through a server: never offered, never used.
  { name: 'Google français', lang: 'fr-FR', localService: false },
];

const player = (page: Page) => panel(page).getByRole('group', { name: 'Lecture à voix haute' });
const readButton = (page: Page) => player(page).getByRole('button', { name: /^(Lire|Pause|Reprendre)$/ });

async function open(page: Page, voices: readonly TestVoice[] | null = VOICES): Promise<void> {
  await installSpeechDouble(page, voices);
  await gotoClair(page, FIXTURE);
  await openUnderstand(page);
}

async function utteranceCount(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(n);
}

/** Finishes every utterance until the reading ends; returns what was spoken. */
async function readToEnd(page: Page) {
  for (let i = 0; i < 50 && (await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('readAloud'))); i++) {
    await speechCall(page, 'finish');
  }
  return spoken(page);
}

test('reads the main content in order, one sentence per utterance, with each element’s language', async ({ page, consoleLog }) => {
  await open(page);
  await expect(player(page).getByText('« Lire » lit le contenu principal.', { exact: false })).toBeVisible();
  await readButton(page).click();
  await utteranceCount(page, 1);
  await expect(readButton(page)).toHaveText('Pause');
  const all = await readToEnd(page);
  // Each utterance follows a cancel(): only the new text is queued. Hidden text, navigation,
  // form controls and scripts are not read; the <br> separates two sentences.
  expect(all.map((u) => [u.text, u.lang])).toEqual([
    ['Bien dormir', 'fr'],
    ['Le sommeil répare le corps.', 'fr'],
    ['Il aide aussi la mémoire !', 'fr'],
    ['Couchez-vous à heure fixe.', 'fr'],
    ['Évitez les écrans le soir.', 'fr'],
    ['Une chambre calme.', 'fr'],
    ['Une température douce.', 'fr'],
    ['Les Anglais disent', 'fr'],
    ['sleep tight', 'en'],
    ['pour souhaiter une bonne nuit.', 'fr'],
    ['Votre nom', 'fr'],
    ['Un dernier conseil en bas de la page.', 'fr'],
  ]);
  // The default local voice of each language; the English words get the English voice.
  expect(all.find((u) => u.lang === 'en')?.voice).toBe('Daniel');
  expect(new Set(all.filter((u) => u.lang === 'fr').map((u) => u.voice))).toEqual(new Set(['Amélie']));
  expect(all.every((u) => u.rate === 1)).toBe(true);
  // The reading ended by itself: the feature is off, the player says so, nothing is highlighted.
  await expect(readButton(page)).toHaveText('Lire');
  await expect(player(page).getByRole('status')).toHaveText('Lecture terminée.');
  expect(await highlightText(page, 'clair-read-sentence')).toBeNull();
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('highlights the sentence and the word being spoken, and keeps them in view', async ({ page }) => {
  await open(page);
  await readButton(page).click();
  await utteranceCount(page, 1);
  expect(await highlightText(page, 'clair-read-sentence')).toBe('Bien dormir');
  await speechCall(page, 'finish');
  await utteranceCount(page, 2);
  expect(await highlightText(page, 'clair-read-sentence')).toBe('Le sommeil répare le corps.');
  expect(await speechCall(page, 'nextWord')).toBe('Le');
  expect(await speechCall(page, 'nextWord')).toBe('sommeil');
  expect(await highlightText(page, 'clair-read-word')).toBe('sommeil');
  // ...and it is painted: the word's box shows the highlight colour (#ffd23f) on screen.
  const word = await page.evaluate(() => {
    const r = ([...CSS.highlights.get('clair-read-word')!][0] as Range).getBoundingClientRect();
    return { x: Math.round(r.x), y: Math.round(r.y), width: Math.max(1, Math.floor(r.width)), height: Math.max(1, Math.floor(r.height)) };
  });
  const painted = await pixels(page, word);
  expect(painted.filter(([r, g, b]) => r > 240 && g > 195 && g < 225 && b < 90).length).toBeGreaterThan(painted.length / 3);
  // The page's DOM is not touched: highlights are ranges.
  expect(await page.locator('#p1').evaluate((p) => p.childNodes.length)).toBe(1);
  // Far down the page: the sentence is scrolled into view.
  for (let i = 0; i < 20 && !(await highlightText(page, 'clair-read-sentence'))?.startsWith('Un dernier'); i++) await speechCall(page, 'finish');
  await expect
    .poll(() => page.evaluate(() => {
      const range = [...CSS.highlights.get('clair-read-sentence')!][0] as Range;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }))
    .toBe(true);
});

test('pause and resume from the last word; stop clears everything and restores the page', async ({ page }) => {
  await installSpeechDouble(page, VOICES);
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await openUnderstand(page);
  await readButton(page).click();
  await utteranceCount(page, 1);
  await speechCall(page, 'finish');
  await utteranceCount(page, 2);
  await speechCall(page, 'nextWord');
  await speechCall(page, 'nextWord');
  await speechCall(page, 'nextWord');
  expect(await highlightText(page, 'clair-read-word')).toBe('répare');
  await readButton(page).click(); // Pause
  await expect(readButton(page)).toHaveText('Reprendre');
  await expect(player(page).getByRole('status')).toHaveText('Lecture en pause.');
  const paused = await page.evaluate(() => (window as unknown as { __speech: { state: { current: unknown; cancels: number } } }).__speech.state);
  expect(paused.current).toBeNull();
  const count = (await spoken(page)).length;
  await readButton(page).click(); // Resume
  await utteranceCount(page, count + 1);
  expect((await spoken(page)).at(-1)?.text).toBe('répare le corps.');
  await expect(readButton(page)).toHaveText('Pause');
  // The highlight still points at the right place in the page.
  expect(await highlightText(page, 'clair-read-word')).toBe('répare');
  // Stop: no speech, no highlight, the feature is off, the page is as before.
  await player(page).getByRole('button', { name: 'Arrêter' }).click();
  await expect(readButton(page)).toHaveText('Lire');
  expect(await highlightText(page, 'clair-read-sentence')).toBeNull();
  expect(await highlightText(page, 'clair-read-word')).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('readAloud'))).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __speech: { state: { current: unknown } } }).__speech.state.current)).toBeNull();
  const after = await snapshot(page);
  expect(after.html).toBe(before.html);
  expect(after.forms).toEqual(before.forms);
  expect(after.styles).toEqual(before.styles);
});

test('speed and voice: a change restarts the sentence from the current word with the new setting', async ({ page }) => {
  await open(page);
  // Only local voices of the page's language are offered.
  const voice = player(page).getByRole('combobox', { name: 'Voix' });
  await expect(voice.locator('option')).toHaveText(['Amélie', 'Thomas']);
  await readButton(page).click();
  await utteranceCount(page, 1);
  await speechCall(page, 'finish');
  await utteranceCount(page, 2);
  await speechCall(page, 'nextWord');
  await speechCall(page, 'nextWord');
  // The speed slider of the panel (a Clair setting, kept from page to page).
  const speed = panel(page).getByRole('slider', { name: 'Vitesse de lecture' });
  await expect(speed).toHaveAttribute('aria-valuetext', /100/);
  await panel(page).getByRole('button', { name: 'Augmenter : Vitesse de lecture' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.25);
  expect((await spoken(page)).at(-1)?.text).toBe('sommeil répare le corps.');
  await voice.selectOption({ label: 'Thomas' });
  await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe('Thomas');
  expect((await spoken(page)).at(-1)).toMatchObject({ text: 'sommeil répare le corps.', rate: 1.25, lang: 'fr' });
  await speechCall(page, 'finish');
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('Il aide aussi la mémoire !');
  expect((await spoken(page)).at(-1)).toMatchObject({ voice: 'Thomas', rate: 1.25 });
  expect(await setSetting(page, 'readAloudRate', 100)).toBe(true);
});

test('reads the selection, or from the paragraph clicked last', async ({ page }) => {
  await open(page);
  // Select "Évitez les écrans" in the page.
  await page.evaluate(() => {
    const text = document.getElementById('p2')!.lastChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Évitez les écrans'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(player(page).getByText('« Lire » lit le texte sélectionné.')).toBeVisible();
  await readButton(page).click();
  await utteranceCount(page, 1);
  expect(await readToEnd(page)).toMatchObject([{ text: 'Évitez les écrans' }]);
  // A click in a paragraph (which also clears the selection) sets where reading starts.
  await page.locator('#li2').click();
  await expect(player(page).getByText('« Lire » lit à partir du paragraphe choisi.')).toBeVisible();
  const start = (await spoken(page)).length;
  await readButton(page).click();
  await utteranceCount(page, start + 1);
  const all = (await readToEnd(page)).slice(start).map((u) => u.text);
  expect(all[0]).toBe('Une température douce.');
  expect(all.at(-1)).toBe('Un dernier conseil en bas de la page.');
  // While reading, a click on another paragraph moves the reading there.
  await readButton(page).click();
  await utteranceCount(page, start + all.length + 1);
  await page.locator('#p3').click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('Les Anglais disent');
  // "Read all from the start" ignores the paragraph chosen.
  await player(page).getByRole('button', { name: 'Tout lire depuis le début' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('Bien dormir');
});

test('the player is keyboard-operable and has no axe violation; the page gets no new violation while reading', async ({ page }) => {
  test.setTimeout(120_000); // three axe runs
  await open(page);
  const violationsBefore = await violationCounts(page);
  await readButton(page).focus();
  await page.keyboard.press('Enter');
  await utteranceCount(page, 1);
  await expect(readButton(page)).toHaveText('Pause');
  await page.keyboard.press('Space');
  await expect(readButton(page)).toHaveText('Reprendre');
  expect((await axeClair(page).analyze()).violations).toEqual([]);
  expect(newViolations(violationsBefore, await violationCounts(page))).toEqual({});
  await page.keyboard.press('Tab');
  await expect(player(page).getByRole('button', { name: 'Arrêter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(readButton(page)).toHaveText('Lire');
});

test('voices that arrive late (voiceschanged) are picked up', async ({ page }) => {
  await open(page, []);
  await page.evaluate(() => (window as unknown as { __speech: { addVoices(v: unknown[]): void } }).__speech.addVoices([{ name: 'Hortense', lang: 'fr-FR' }]));
  await expect(readButton(page)).toBeVisible();
  await readButton(page).click();
  await utteranceCount(page, 1);
  expect((await spoken(page))[0]?.voice).toBe('Hortense');
});

test('no local voice for the page’s language: the player says so instead of failing', async ({ page, consoleLog }) => {
  await open(page, [
    { name: 'Daniel', lang: 'en-GB' },
    { name: 'Google français', lang: 'fr-FR', localService: false },
  ]);
  await expect(player(page).getByText(/Aucune voix en français n'est installée sur cet appareil/)).toBeVisible();
  await expect(readButton(page)).toHaveCount(0);
  // Through the API too: a warning, and the setting goes back off.
  await page.evaluate(() => (window as unknown as { Clair: { set(k: string, v: unknown): void } }).Clair.set('readAloud', true));
  await expect.poll(() => page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('readAloud'))).toBe(false);
  expect(consoleLog.warnings().join('\n')).toMatch(/no voice installed on this device speaks the language.*\(CLAIR_SPEECH\)/);
  expect(await spoken(page)).toEqual([]);
});

test('no speech synthesis at all: the player says so; the API warns and changes nothing', async ({ page, consoleLog }) => {
  await open(page, null);
  await expect(player(page).getByText('Ce navigateur ne sait pas lire à voix haute.')).toBeVisible();
  await expect(readButton(page)).toHaveCount(0);
  const before = await snapshot(page);
  await page.evaluate(() => (window as unknown as { Clair: { set(k: string, v: unknown): void } }).Clair.set('readAloud', true));
  await expect.poll(() => page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('readAloud'))).toBe(false);
  expect(consoleLog.warnings().join('\n')).toMatch(/no speech synthesis.*\(CLAIR_SPEECH\)/);
  expect((await snapshot(page)).html).toBe(before.html);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('without the CSS Highlight API the block being read is marked instead, and unmarked on stop', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    delete (CSS as unknown as Record<string, unknown>)['highlights'];
  });
  await installSpeechDouble(page, VOICES);
  await gotoClair(page, FIXTURE);
  const before = await snapshot(page);
  await openUnderstand(page);
  await readButton(page).click();
  await utteranceCount(page, 1);
  await speechCall(page, 'finish');
  await expect(page.locator('#p1')).toHaveAttribute('data-clair-reading', '');
  await expect(page.locator('[data-clair-reading]')).toHaveCount(1);
  await player(page).getByRole('button', { name: 'Arrêter' }).click();
  await expect(page.locator('[data-clair-reading]')).toHaveCount(0);
  expect((await snapshot(page)).html).toBe(before.html);
});
