/**
 * Helpers for the layout specs (reading view, simplified page, page map): page snapshots for
 * reversibility checks, word sets to compare the main content with the reading view, and the
 * reading view's locators.
 */
import type { Page } from '@playwright/test';

export interface Snapshot {
  html: string;
  styles: string[];
  values: (string | boolean)[];
  rootAttributes: string;
  adoptedSheets: number;
}

/** DOM of the body, computed styles of a sample of elements, form values, <html> attributes. */
export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    const elements = Array.from(document.body.querySelectorAll('*')).filter((el) => !el.closest('[data-clair-ui]'));
    const step = Math.max(1, Math.floor(elements.length / 250));
    const styles = elements
      .filter((_, i) => i % step === 0)
      .map((el) => {
        const cs = getComputedStyle(el);
        return `${el.tagName} ${cs.display} ${cs.position} ${cs.width} ${cs.fontSize} ${cs.lineHeight} ${cs.marginTop} ${cs.color} ${cs.float}`;
      });
    const values = Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea')).map((el) =>
      el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value,
    );
    return {
      html: body.outerHTML,
      styles,
      values,
      rootAttributes: Array.from(document.documentElement.attributes, (a) => `${a.name}=${a.value}`).join(' '),
      adoptedSheets: document.adoptedStyleSheets.length,
    };
  });
}

/** Words of 4+ letters in the main landmark (forms, scripts and hidden parts left out). */
export function mainWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main, [role="main"]');
    if (!main) return [];
    const copy = main.cloneNode(true) as Element;
    copy.querySelectorAll('form, script, style, template, [hidden], nav, aside').forEach((el) => el.remove());
    return [...new Set(copy.textContent?.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])];
  });
}

/** Words of the reading view's title and content. */
export function viewWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('clair-reading-view')?.shadowRoot;
    const text = `${root?.querySelector('h1')?.textContent ?? ''} ${root?.querySelector('article')?.textContent ?? ''}`;
    return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])];
  });
}

export function coverage(source: readonly string[], view: readonly string[]): number {
  if (source.length === 0) return 1;
  const seen = new Set(view);
  return source.filter((w) => seen.has(w)).length / source.length;
}

export const readingView = (page: Page) => page.locator('clair-reading-view dialog');

export const DEMO_PAGES = ['/demo/index.html', '/demo/vaccination.html', '/demo/rendez-vous.html', '/demo/dossier-medical.html', '/demo/app.html', '/demo/en/patient-information.html'];

/** Opens a panel group (the panel shows groups as disclosures) by pointer, touch or keyboard. */
export async function showGroup(page: Page, name: string, how: 'click' | 'tap' | 'keyboard' = 'click'): Promise<void> {
  const toggle = page.getByRole('button', { name: new RegExp(`^${name}`) });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  if (how === 'keyboard') {
    await toggle.focus();
    await page.keyboard.press('Enter');
  } else if (how === 'tap') await toggle.tap();
  else await toggle.click();
  await toggle.and(page.locator('[aria-expanded="true"]')).waitFor();
}
