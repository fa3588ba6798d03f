/**
 * DOMPurify over the extracted content, in slices: small runs of siblings are sanitised together;
 * a big container is sanitised as an empty shell first, then its children in turn, so no single
 * call handles a long page at once. The result is a fragment (never an HTML string put into the
 * page), ready to be moved into the view's shadow root.
 */
import DOMPurify, { type Config } from 'dompurify';
import { FORM_MARK } from './copy.js';
import { elementCount } from './parts.js';
import type { Slicer } from './slices.js';

const SANITIZE: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  // The view is Clair's uniform layout: no page styles, scripts, embeds or form controls (the real
  // form is offered instead, so nothing is filled in twice).
  FORBID_TAGS: ['main', 'header', 'footer', 'nav', 'style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'legend', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track', 'canvas', 'dialog', 'template', 'slot', 'link', 'meta', 'font', 'center', 'marquee', 'svg', 'math'],
  FORBID_ATTR: ['style', 'class', 'role', 'tabindex', 'accesskey', 'contenteditable', 'draggable', 'hidden', 'width', 'height', 'align', 'bgcolor', 'color', 'face', 'size', 'target', 'autofocus'],
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [FORM_MARK],
};

/** Elements sanitised in one call. */
const BATCH = 250;
/** Wrappers whose content DOMPurify keeps even when the wrapper itself goes (main, header, footer). */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER']);

/** The sanitised content of `root` (root itself is only a wrapper and is left out). */
export async function sanitize(root: Element, slicer: Slicer): Promise<DocumentFragment> {
  const doc = root.ownerDocument;
  const purify = DOMPurify(doc.defaultView ?? window);
  const out = doc.createDocumentFragment();

  async function into(target: ParentNode, parent: Element): Promise<void> {
    let batch = doc.createElement('div');
    let count = 0;
    const flush = async () => {
      if (!batch.firstChild) return;
      const clean = purify.sanitize(batch, SANITIZE).firstElementChild;
      if (clean) target.append(...Array.from(clean.childNodes));
      batch = doc.createElement('div');
      count = 0;
      await slicer.check();
    };
    for (const child of Array.from(parent.childNodes)) {
      const n = elementCount(child);
      if (n > BATCH && child instanceof Element && CONTAINERS.has(child.tagName)) {
        await flush();
        const shell = purify.sanitize(child.cloneNode(false), SANITIZE).firstElementChild;
        if (shell) target.append(shell);
        await into(shell ?? target, child);
        continue;
      }
      batch.append(child);
      count += n;
      if (count >= BATCH) await flush();
    }
    await flush();
  }

  await into(out, root);
  return out;
}
