import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { horizontalOverflow, overlappingText, settle, snapshot } from './helpers/reading';

test('line length keeps text blocks to about 70 characters without breaking layouts', async ({ page, consoleLog }) => {
  test.slow();
  await gotoClair(page, corpusUrl('mcc-je-veux-me-faire-vacciner'));
  const before = await snapshot(page);
  const overflow = await horizontalOverflow(page);
  const overlap = await overlappingText(page);
  const widths = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main p, main li')].filter((el) => (el.textContent ?? '').length > 140).slice(0, 20).map((el) => {
        // The width of 70 "0" characters in the element's own font.
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(70);
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;letter-spacing:inherit';
        el.append(probe);
        const ch70 = probe.getBoundingClientRect().width;
        probe.remove();
        return el.getBoundingClientRect().width - ch70;
      }),
    );
  await setSetting(page, 'lineLength', true);
  await settle(page);
  const excess = await widths();
  expect(excess.length).toBeGreaterThan(0);
  for (const e of excess) expect(e).toBeLessThanOrEqual(1);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(Math.max(overflow, 0));
  expect((await overlappingText(page)).filter((o) => !overlap.includes(o))).toEqual([]);
  await resetAll(page);
  await settle(page);
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('line length keeps flex columns side by side and short blocks on one line', async ({ page }) => {
  await gotoClair(page, '/tests/fixtures/read-text.html');
  const boxes = () =>
    page.evaluate(() => {
      const r = (id: string) => document.getElementById(id)!.getBoundingClientRect();
      return { columnsSideBySide: r('col2').left >= r('col1').right, colHeight: r('col1').height, titleHeight: r('title').height, pxHeight: r('px').height };
    });
  const before = await boxes();
  expect(before.columnsSideBySide).toBe(true);
  await setSetting(page, 'lineLength', true);
  expect(await boxes()).toEqual(before);
});
