import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { clippedText, overlappingText, settle, snapshot } from './helpers/reading';

const FIXTURE = '/tests/fixtures/read-text.html';

type Page = import('@playwright/test').Page;

/** Spacing of an element (in the document, the x-card shadow root or the iframe), in px. */
function spacingOf(page: Page, where: 'doc' | 'shadow' | 'frame', id: string) {
  return page.evaluate(
    ([where, id]) => {
      const root =
        where === 'shadow'
          ? document.querySelector('x-card')!.shadowRoot!
          : where === 'frame'
            ? (document.getElementById('frame') as HTMLIFrameElement).contentDocument!
            : document;
      const el = root.getElementById(id)!;
      const cs = getComputedStyle(el);
      const px = (v: string) => (v === 'normal' ? 0 : parseFloat(v));
      return { font: px(cs.fontSize), line: px(cs.lineHeight), letter: px(cs.letterSpacing), word: px(cs.wordSpacing), after: px(cs.marginBottom) };
    },
    [where, id] as const,
  );
}

function expectSpacing(s: { font: number; line: number; letter: number; word: number }, line: number, letter: number, word: number) {
  expect(s.line).toBeCloseTo(s.font * line, 1);
  expect(s.letter).toBeCloseTo(s.font * letter, 1);
  expect(s.word).toBeCloseTo(s.font * word, 1);
}

test('WCAG spacing applies exactly the 1.4.12 values, in shadow roots and iframes, and reverts exactly', async ({ page, consoleLog }) => {
  await gotoClair(page, FIXTURE);
  await page.waitForFunction(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.getElementById('frame-p'));
  const before = await snapshot(page);

  await setSetting(page, 'spacing', 'wcag');
  const px = await spacingOf(page, 'doc', 'px');
  expectSpacing(px, 1.5, 0.12, 0.16);
  expect(px.after).toBeCloseTo(px.font * 2, 1);
  expectSpacing(await spacingOf(page, 'shadow', 'shadow-p'), 1.5, 0.12, 0.16);
  expectSpacing(await spacingOf(page, 'frame', 'frame-p'), 1.5, 0.12, 0.16);
  // Ligature icons keep their letters together.
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('icon-material')!).letterSpacing)).toBe('normal');

  // The wider preset, then a slider: moving it selects "custom" and applies at once.
  await setSetting(page, 'spacing', 'dyslexia');
  expectSpacing(await spacingOf(page, 'doc', 'px'), 1.8, 0.18, 0.5);
  // The fixed-height box lets its text wrap onto more lines instead of cutting it.
  await expect.poll(() => clippedText(page)).toEqual(['P#clamp.clamp']);
  await setSetting(page, 'letterSpacing', 25);
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('spacing'))).toBe('custom');
  expectSpacing(await spacingOf(page, 'doc', 'px'), 1.5, 0.25, 0.16);
  await setSetting(page, 'lineHeight', 2);
  await setSetting(page, 'paragraphSpacing', 300);
  const custom = await spacingOf(page, 'doc', 'px');
  expectSpacing(custom, 2, 0.25, 0.16);
  expect(custom.after).toBeCloseTo(custom.font * 3, 1);

  await resetAll(page);
  await settle(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

for (const id of ['mcc-je-veux-me-faire-vacciner', 'dsfr-register-identity', 'nhs-check-your-answers', 'w3c-bad-after-survey']) {
  test(`WCAG spacing on ${id}: no text cut off or overlapping`, async ({ page }) => {
    test.slow();
    await gotoClair(page, corpusUrl(id));
    const clipped = await clippedText(page);
    const overlap = await overlappingText(page);
    await setSetting(page, 'spacing', 'wcag');
    await settle(page);
    await expect.poll(async () => (await clippedText(page)).filter((c) => !clipped.includes(c))).toEqual([]);
    expect((await overlappingText(page)).filter((o) => !overlap.includes(o))).toEqual([]);
  });
}
