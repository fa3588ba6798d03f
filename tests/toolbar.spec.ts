/**
 * The launcher and the panel as a visitor uses them: pointer, keyboard, shortcut, focus, small
 * screens, right-to-left, reduced motion, and the panel built from the registry.
 */
import { configure, expect, gotoClair, launcher, openPanel, panel, test, waitReady } from './helpers/clair';

const PAGE = '/tests/fixtures/basic.html';

test.describe('launcher', () => {
  test('is a named button of at least 44×44 px with a visible focus ring', async ({ page }) => {
    await gotoClair(page, PAGE);
    const button = launcher(page, 'Aide à la lecture (Clair)');
    await expect(button).toBeVisible();
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // Reach it with the keyboard: it is the last thing in the tab order.
    await page.locator('#nom').focus();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineWidth);
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
  });

  test('sits in the corner the site chose, and the visitor can move it', async ({ page }) => {
    await configure(page, { position: 'bottom-left' });
    await gotoClair(page, PAGE);
    const vp = page.viewportSize()!;
    let box = (await launcher(page).boundingBox())!;
    expect(box.x).toBeLessThan(40);
    expect(box.y + box.height).toBeGreaterThan(vp.height - 40);
    await openPanel(page);
    await page.getByRole('radio', { name: 'En haut à droite' }).check();
    await expect.poll(async () => (await launcher(page).boundingBox())!.y).toBeLessThan(40);
    box = (await launcher(page).boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(vp.width - 40);
    // Persisted for the next page.
    await page.reload();
    await waitReady(page);
    await expect.poll(async () => (await launcher(page).boundingBox())!.y).toBeLessThan(40);
  });
});

test.describe('panel', () => {
  test('opens with a click, takes focus, closes with Escape and gives focus back', async ({ page }) => {
    await gotoClair(page, PAGE);
    await launcher(page).click();
    const dialog = panel(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName('Aide à la lecture');
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(dialog).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: "Fermer l'aide à la lecture" })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(launcher(page)).toBeFocused();
    await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('opens from the keyboard (Enter, Space) and closes with its visible close button', async ({ page }) => {
    await gotoClair(page, PAGE);
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await page.getByRole('button', { name: "Fermer l'aide à la lecture" }).click();
    await expect(panel(page)).toBeHidden();
    await expect(launcher(page)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(panel(page)).toBeVisible();
  });

  test('Alt+Shift+A opens and closes it from anywhere in the page, but not while typing', async ({ page }) => {
    await gotoClair(page, PAGE);
    await page.getByRole('heading', { name: 'Page de test' }).click();
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect(panel(page)).toBeVisible();
    await expect(panel(page)).toBeFocused();
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect(panel(page)).toBeHidden();
    // In a text field, Alt combinations may type characters (macOS Option): left to the field.
    await page.locator('#nom').focus();
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect(panel(page)).toBeHidden();
  });

  function watchPanelChunk(page: import('@playwright/test').Page) {
    const urls: string[] = [];
    page.on('request', (r) => {
      if (/\/dist\/esm\/panel-/.test(r.url())) urls.push(r.url());
    });
    return () => urls;
  }

  /** A request issued and answered after the key press: anything Clair requested is seen by now. */
  async function roundTrip(page: import('@playwright/test').Page) {
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)).then(() => fetch('/dist/clair.js')));
  }

  /** Records, at window level (after Clair's document listener), whether a key was taken. */
  async function watchKeys(page: import('@playwright/test').Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { __taken: string[] };
      w.__taken = [];
      window.addEventListener('keydown', (e) => {
        if (e.defaultPrevented) w.__taken.push(e.code);
      });
    });
    return () => page.evaluate(() => (window as unknown as { __taken: string[] }).__taken);
  }

  test('a configured shortcut replaces the default', async ({ page }) => {
    const taken = await watchKeys(page);
    await configure(page, { shortcut: 'Alt+Shift+K' });
    await gotoClair(page, PAGE);
    await page.keyboard.press('Alt+Shift+KeyA');
    expect(await taken()).toEqual([]);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect(panel(page)).toBeVisible();
    expect(await taken()).toEqual(['KeyK']);
  });

  test('shortcut "none" takes no key at all', async ({ page }) => {
    const taken = await watchKeys(page);
    await configure(page, { shortcut: 'none' });
    await gotoClair(page, PAGE);
    const panelRequests = watchPanelChunk(page);
    await page.keyboard.press('Alt+Shift+KeyA');
    expect(await taken()).toEqual([]);
    await roundTrip(page);
    expect(panelRequests()).toEqual([]);
  });

  test('a page that handles the key first keeps it', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('keydown', (e) => {
        if (e.code === 'KeyA' && e.altKey) e.preventDefault();
      }, true);
    });
    await gotoClair(page, PAGE);
    const panelRequests = watchPanelChunk(page);
    await page.keyboard.press('Alt+Shift+KeyA');
    await roundTrip(page);
    // Clair never started loading its panel: the key stayed the page's.
    expect(panelRequests()).toEqual([]);
  });

  test('Tab order follows the visual order: title bar, groups top to bottom, footer, then launcher', async ({ page }) => {
    await gotoClair(page, PAGE);
    await openPanel(page);
    // Expanding every group left focus on the last group's toggle: start again from the title bar.
    await page.getByRole('button', { name: "Fermer l'aide à la lecture" }).focus();
    // Each stop as [part, position]: part 0 title bar, 1 the scrolling groups, 2 the footer; the
    // position is taken in the groups' content (focus scrolls them), on screen elsewhere.
    const stops: [number, number][] = [];
    for (let i = 0; i < 80; i++) {
      const info = await page.evaluate(() => {
        let a: Element | null = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        const parent = (n: Element) => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
        let scroller: Element | null = null;
        for (let n = parent(a!); n && !scroller; n = parent(n)) if (/auto|scroll/.test(getComputedStyle(n).overflowY) && n.scrollHeight > n.clientHeight) scroller = n;
        const top = a!.getBoundingClientRect().top;
        const label = a!.getAttribute('aria-label') ?? a!.textContent?.trim() ?? '';
        if (scroller) return { part: 1, at: top - scroller.getBoundingClientRect().top + scroller.scrollTop, label };
        return { part: 0, at: top, label };
      });
      if (/Aide à la lecture \(Clair\)/.test(info.label)) break;
      stops.push([info.part, Math.round(info.at)]);
      await page.keyboard.press('Tab');
    }
    // Outside the scrolling area: before it is the title bar, after it the footer.
    const firstBody = stops.findIndex(([part]) => part === 1);
    const lastBody = stops.length - 1 - [...stops].reverse().findIndex(([part]) => part === 1);
    expect(firstBody).toBeGreaterThan(0);
    expect(lastBody - firstBody).toBeGreaterThan(10);
    expect(stops.slice(firstBody, lastBody + 1).every(([part]) => part === 1)).toBe(true);
    expect(lastBody).toBeLessThan(stops.length - 1); // the footer's reset button
    for (let i = 1; i < stops.length; i++) {
      if (i === firstBody || i === lastBody + 1) continue; // entering / leaving the scrolling area
      expect(stops[i]![1], `stop ${i}`).toBeGreaterThanOrEqual(stops[i - 1]![1] - 2);
    }
  });

  test('stays inside the viewport next to the launcher, in every corner', async ({ page }) => {
    for (const position of ['bottom-right', 'bottom-left', 'top-right', 'top-left']) {
      await configure(page, { position });
      await gotoClair(page, PAGE);
      await openPanel(page);
      const vp = page.viewportSize()!;
      const p = (await panel(page).boundingBox())!;
      const l = (await launcher(page).boundingBox())!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(vp.width);
      expect(p.y + p.height).toBeLessThanOrEqual(vp.height);
      // Next to the launcher, not over it.
      const overlaps = p.x < l.x + l.width && l.x < p.x + p.width && p.y < l.y + l.height && l.y < p.y + p.height;
      expect(overlaps, position).toBe(false);
    }
  });

  test('on a 320 px screen (or 400% zoom) it becomes a full-width sheet that scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await gotoClair(page, PAGE);
    await openPanel(page);
    const p = (await panel(page).boundingBox())!;
    expect(Math.round(p.x)).toBe(0);
    expect(Math.round(p.width)).toBe(320);
    expect(p.y + p.height).toBeLessThanOrEqual(640.5);
    const noHorizontalScroll = await panel(page).evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(noHorizontalScroll).toBe(true);
    // The last control can be reached and used.
    await page.getByRole('button', { name: 'Tout remettre à zéro' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Tout remettre à zéro' })).toBeInViewport();
  });

  test('mirrors for right-to-left languages', async ({ page }) => {
    await configure(page, { lang: 'ar' });
    await gotoClair(page, PAGE);
    await expect(launcher(page, 'مساعدة على القراءة (Clair)')).toBeVisible();
    await launcher(page, 'مساعدة على القراءة (Clair)').click();
    const dialog = page.getByRole('dialog', { name: 'مساعدة على القراءة' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(dialog).toHaveAttribute('lang', 'ar');
    const close = (await page.getByRole('button', { name: 'إغلاق المساعدة على القراءة' }).boundingBox())!;
    const box = (await dialog.boundingBox())!;
    // The close button sits on the left in RTL.
    expect(close.x - box.x).toBeLessThan(box.width / 2);
  });

  test('honours prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoClair(page, PAGE);
    await openPanel(page);
    const animation = await panel(page).evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await panel(page).evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
  });

  test('is rendered from the registry: every offered setting has a labelled control', async ({ page }) => {
    await gotoClair(page, PAGE);
    await openPanel(page);
    const features = await page.evaluate(() => (window as unknown as { Clair: { features(): { id: string; type: string }[] } }).Clair.features());
    expect(features.map((f) => f.id)).toEqual(expect.arrayContaining(['underlineLinks', 'uiLanguage', 'launcherPosition']));
    await expect(page.getByRole('switch', { name: 'Souligner les liens' })).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByRole('combobox', { name: "Langue de l'aide" })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Place du bouton Clair' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Voir' })).toBeVisible();
  });

  test('groups are disclosures: the first is open, others open on demand and show when changed', async ({ page }) => {
    await gotoClair(page, PAGE);
    await openPanel(page, { expandAll: false });
    const toggles = panel(page).locator('.group-toggle');
    await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
    const see = page.getByRole('button', { name: 'Voir', exact: true });
    await expect(see).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('switch', { name: 'Souligner les liens' })).toBeHidden();
    await see.click();
    await expect(see).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('switch', { name: 'Souligner les liens' }).click();
    await expect(page.getByRole('button', { name: 'Voir modifié' })).toBeVisible();
    // Next time the panel opens, a changed group is open.
    await page.keyboard.press('Escape');
    await page.reload();
    await waitReady(page);
    await openPanel(page, { expandAll: false });
    await expect(page.getByRole('button', { name: 'Voir modifié' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the visitor can change the UI language in the panel', async ({ page }) => {
    await gotoClair(page, PAGE);
    await openPanel(page);
    await page.getByRole('combobox', { name: "Langue de l'aide" }).selectOption('en');
    await expect(page.getByRole('dialog', { name: 'Reading aid' })).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Underline links' })).toBeVisible();
    await expect(launcher(page, 'Reading aid (Clair)')).toBeVisible();
  });
});
