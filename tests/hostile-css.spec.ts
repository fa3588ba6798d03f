/**
 * Host CSS cannot break the toolbar: a page whose stylesheet attacks html, body, button, *, custom
 * elements and dialogs, with a fixed header at the maximum z-index.
 */
import { axeClair, expect, gotoClair, launcher, openPanel, panel, test } from './helpers/clair';

const PAGE = '/tests/fixtures/hostile.html';

test('the launcher stays visible, full-size, on top of a max z-index header, and clickable', async ({ page }) => {
  await gotoClair(page, PAGE);
  const button = launcher(page);
  await expect(button).toBeVisible();
  const box = (await button.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  // The launcher is top-right, where the page's z-index 2147483647 header is: it must be the
  // element actually hit at its centre.
  const hit = await page.evaluate(([x, y]) => {
    let el = document.elementFromPoint(x!, y!);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x!, y!);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el?.className;
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toContain('launcher');
  await button.click();
  await expect(panel(page)).toBeVisible();
});

test('the panel keeps its own fonts, sizes and colours, and passes axe', async ({ page }) => {
  await gotoClair(page, PAGE);
  await openPanel(page);
  const styles = await page.getByRole('switch', { name: 'Souligner les liens' }).evaluate((el) => {
    const cs = getComputedStyle(el);
    return { fontSize: parseFloat(cs.fontSize), transform: cs.textTransform, spacing: cs.letterSpacing, display: cs.display, height: el.getBoundingClientRect().height };
  });
  expect(styles.fontSize).toBeGreaterThanOrEqual(15);
  expect(styles.transform).toBe('none');
  expect(styles.spacing).toBe('normal');
  expect(styles.display).not.toBe('none');
  expect(styles.height).toBeGreaterThanOrEqual(44);
  const bg = await panel(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  const { violations } = await axeClair(page).analyze();
  expect(violations).toEqual([]);
  // And the switch works.
  await page.getByRole('switch', { name: 'Souligner les liens' }).click();
  await expect(page.getByRole('switch', { name: 'Souligner les liens' })).toHaveAttribute('aria-checked', 'true');
});
