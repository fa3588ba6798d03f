import { expect, gotoClair, resetAll, setSetting, test } from './helpers/clair';
import { settle, snapshot } from './helpers/reading';

test('justified text is start-aligned, other alignments are kept, later content too, and it reverts', async ({ page, consoleLog }) => {
  await gotoClair(page, '/tests/fixtures/read-text.html');
  const before = await snapshot(page);
  const align = (ids: string[]) => page.evaluate((ids) => ids.map((id) => getComputedStyle(document.getElementById(id)!).textAlign), ids);
  expect(await align(['justified', 'inline-justify', 'centre', 'px'])).toEqual(['justify', 'justify', 'center', 'start']);
  await setSetting(page, 'textAlign', true);
  expect(await align(['justified', 'inline-justify', 'centre', 'px'])).toEqual(['start', 'start', 'center', 'start']);
  await page.evaluate(() => {
    const p = Object.assign(document.createElement('p'), { id: 'late', textContent: 'Ajouté plus tard, justifié.' });
    p.style.textAlign = 'justify';
    document.querySelector('main')!.append(p);
  });
  await expect.poll(() => align(['late'])).toEqual(['start']);
  await page.evaluate(() => document.getElementById('late')!.remove());
  await resetAll(page);
  await settle(page);
  expect(await snapshot(page)).toEqual(before);
  expect(await align(['justified'])).toEqual(['justify']);
  expect(consoleLog.clairErrors()).toEqual([]);
});
