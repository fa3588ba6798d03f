/**
 * Helpers for the reading-style specs (text size, spacing, fonts, line length, alignment): a page
 * snapshot that also covers open shadow roots and same-origin iframes, axe violation counts, and
 * geometry checks (clipped text, overlapping text boxes, horizontal scrolling).
 */
import type { Page } from '@playwright/test';
import { pageAtRest } from './clair';

const PROPS = ['font-size', 'font-family', 'line-height', 'letter-spacing', 'word-spacing', 'margin-bottom', 'text-align', 'max-width', 'height', 'white-space'];

export interface ReadingSnapshot {
  html: string[];
  styles: string[];
  forms: string[];
  active: string;
  sheets: number[];
}

/** DOM (document, shadow roots, iframes; Clair's UI left out), computed styles, forms, focus. */
export function snapshot(page: Page): Promise<ReadingSnapshot> {
  return page.evaluate((props) => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('[data-clair-ui]')) continue;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el instanceof HTMLIFrameElement && el.contentDocument) roots.push(el.contentDocument);
      }
    }
    const html = roots.map((root) => {
      if (!('body' in root)) return root.innerHTML;
      const clone = root.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-clair-ui]').forEach((el) => el.remove());
      return clone.outerHTML;
    });
    const elements = roots.flatMap((root) => [...('body' in root ? root.body : root).querySelectorAll('*')].filter((el) => !el.closest('[data-clair-ui]')));
    const step = Math.max(1, Math.floor(elements.length / 300));
    const describe = (el: Element | null) => (el ? `${el.tagName}#${el.id}.${String(el.className)}` : 'none');
    return {
      html,
      styles: elements
        .filter((_, i) => i % step === 0)
        .map((el) => {
          const cs = getComputedStyle(el);
          return `${describe(el)} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
        }),
      forms: roots.flatMap((root) =>
        [...root.querySelectorAll('input, select, textarea')].map((el) => {
          const field = el as HTMLInputElement;
          return `${describe(el)}=${field.value}:${String(field.checked)}`;
        }),
      ),
      active: describe(document.activeElement),
      sheets: roots.map((root) => root.adoptedStyleSheets.length),
    };
  }, PROPS);
}

/** Waits until the browser has rendered two more frames (fit checks run after a frame). */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { Clair: { settled(): Promise<void> } }).Clair.settled());
  await nextFrames(page);
  await pageAtRest(page);
}

/**
 * Visible text elements whose text is clipped by their own box (overflow hidden, clip or line
 * clamp). Returns ids/descriptions, for elements that were not clipped in `allowed`.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[data-clair-ui]') || !(el instanceof HTMLElement)) continue;
      const cs = getComputedStyle(el);
      const clips = /hidden|clip/.test(cs.overflowY) || /hidden|clip/.test(cs.overflowX);
      if (!clips || !el.textContent?.trim() || el.offsetWidth <= 2 || el.offsetHeight <= 2) continue;
      if (cs.clip !== 'auto' || cs.clipPath !== 'none' || cs.visibility === 'hidden') continue;
      if (el.scrollHeight > el.clientHeight + 1 || (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)) {
        out.push(`${el.tagName}#${el.id}.${String(el.className).slice(0, 40)}`);
      }
    }
    return out;
  });
}

/** Pairs of sibling text blocks (paragraphs, headings, list items) whose boxes overlap. */
export function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const blocks = [...document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, label, legend, td, th')].filter(
      (el) => !el.closest('[data-clair-ui]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.textContent?.trim(),
    );
    const set = new Set(blocks);
    // Line boxes, not bounding boxes: an inline element that wraps spans the whole width.
    const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
    for (const el of blocks) {
      const rects = [...el.getClientRects()];
      for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
        if (!set.has(sib)) continue;
        const other = [...sib.getClientRects()];
        if (rects.some((a) => other.some((b) => hit(a, b)))) out.push(`${el.tagName}.${String(el.className).slice(0, 30)} × ${sib.tagName}.${String(sib.className).slice(0, 30)}`);
      }
    }
    return out;
  });
}

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
