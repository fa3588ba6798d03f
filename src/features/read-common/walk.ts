/**
 * Shared by the reading-style features (text size, font, alignment, spacing): lists the elements
 * of every styled scope (the document, open shadow roots, same-origin iframes) and processes long
 * lists in slices that yield to the page, so a first walk of a big page never makes a long task.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import type { FeatureContext } from '../../core/feature.js';
import type { StyleScope } from '../../core/host-styles.js';
import { yieldToPage } from '../../core/yield-to-page.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that never show text of their own. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'br', 'wbr', 'img', 'picture', 'source', 'video', 'audio', 'canvas', 'iframe', 'object', 'embed']);

/** The document first, then every open shadow root and same-origin iframe document. */
export function allScopes(ctx: FeatureContext): StyleScope[] {
  return [ctx.doc, ...ctx.styles.scopes()];
}

/** Whether a reading style may change this element (HTML text, not Clair's UI, not SVG/MathML). */
export function isText(el: Element): boolean {
  return el.namespaceURI === HTML_NS && !SKIP.has(el.localName) && !el.closest(`[${CLAIR_UI_ATTR}]`);
}

/** The elements of a scope, or of added subtrees, that reading styles apply to. */
export function textElements(roots: readonly (StyleScope | Element)[]): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    const start = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body : root;
    if (!start) continue;
    if (start.nodeType === Node.ELEMENT_NODE && isText(start as Element)) out.push(start as Element);
    for (const el of start.querySelectorAll('*')) if (isText(el)) out.push(el);
  }
  return out;
}

/** Calls `fn` on each item, yielding every ~8 ms; stops early when `signal` aborts. */
export async function sliced<T>(items: readonly T[], fn: (item: T) => void, signal: AbortSignal, budgetMs = 8): Promise<void> {
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i] as T);
    if ((i & 31) === 31 && performance.now() - start > budgetMs) {
      await yieldToPage();
      if (signal.aborted) return;
      start = performance.now();
    }
  }
}

/** Resolves after the next frame is rendered (layout is then up to date and cheap to read). */
export function afterFrame(doc: Document): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
}
