/**
 * Helpers for the visual-aids specs: a page snapshot for reversibility checks, axe violation
 * counts to compare before and after, and WCAG contrast of computed colours.
 */
import type { Page } from '@playwright/test';

export interface PageSnapshot {
  html: string;
  rootAttributes: string;
  styles: string[];
  forms: string[];
  active: string;
  sheets: number;
}

/** Properties the visual aids touch (and a few they must not). */
const PROPS = [
  'display',
  'color',
  'background-color',
  'background-image',
  'outline-style',
  'outline-width',
  'box-shadow',
  'border-left-width',
  'border-right-width',
  'padding-left',
  'cursor',
  'animation-duration',
  'animation-play-state',
  'transition-duration',
  'scroll-behavior',
  'content',
  'text-decoration-line',
];

/** DOM, computed styles of a sample of elements, form values, focus and adopted sheets. */
export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate((props) => {
    const elements = [...document.querySelectorAll('body *')].filter((el) => !el.closest('[data-clair-ui]'));
    const step = Math.max(1, Math.floor(elements.length / 300));
    const sample = elements.filter((_, i) => i % step === 0);
    const describe = (el: Element | null) => (el ? `${el.tagName}#${el.id}.${el.className}` : 'none');
    return {
      html: document.documentElement.outerHTML,
      rootAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      styles: sample.map((el) => {
        const cs = getComputedStyle(el);
        return `${describe(el)} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
      }),
      forms: [...document.querySelectorAll('input, select, textarea')].map((el) => {
        const field = el as HTMLInputElement;
        return `${describe(el)}=${field.value}:${String(field.checked)}`;
      }),
      active: describe(document.activeElement),
      sheets: document.adoptedStyleSheets.length,
    };
  }, PROPS);
}

/** WCAG contrast ratio of two computed colours (`rgb(...)` / `rgba(...)`, alpha ignored). */
export function contrast(a: string, b: string): number {
  const lum = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((n) => {
      const s = Number(n) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Turns settings on through the public API and waits until the page is adapted. */
export async function setMany(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (entries) => {
    const clair = (window as unknown as { Clair: { set(k: string, v: unknown): boolean; settled(): Promise<void> } }).Clair;
    for (const [k, v] of entries) if (!clair.set(k, v)) throw new Error(`Clair.set(${k}) refused`);
    await clair.settled();
  }, Object.entries(values));
}

/** Waits for two animation frames (the page has painted the change). */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
