import { expect, gotoClair, newViolations, resetAll, setSetting, test, violationCounts } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { settle, snapshot } from './helpers/reading';

/** Every text reading style at once: no new axe violation, and "reset" restores the page. */
for (const id of ['mcc-cas-contact-a-risque', 'w3c-bad-before-survey', 'dsfr-register-address']) {
  test(`all text reading styles on ${id}: no new axe violation, exact revert`, async ({ page, consoleLog }) => {
    test.slow();
    await gotoClair(page, corpusUrl(id));
    const field = page.locator('input[type="text"], input:not([type])').first();
    if (await field.count()) await field.fill('Saisie du visiteur');
    const before = await snapshot(page);
    const axeBefore = await violationCounts(page);
    for (const [key, value] of [['textSize', 160], ['spacing', 'wcag'], ['lineLength', true], ['font', 'atkinson'], ['textAlign', true]] as const) {
      expect(await setSetting(page, key, value)).toBe(true);
    }
    await settle(page);
    expect(newViolations(axeBefore, await violationCounts(page))).toEqual({});
    await resetAll(page);
    await settle(page);
    expect(await snapshot(page)).toEqual(before);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}
