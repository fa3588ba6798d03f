import { expect, gotoClair, launcher, openPanel, panel, test } from './helpers/clair';

test('launcher appears and opens the panel', async ({ page, consoleLog }) => {
  await gotoClair(page, '/tests/fixtures/basic.html');
  await expect(launcher(page)).toBeVisible();
  await openPanel(page);
  await expect(panel(page)).toHaveAccessibleName('Aide à la lecture');
  expect(consoleLog.clairErrors()).toEqual([]);
});
