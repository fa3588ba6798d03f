/**
 * Extraction for the reading view. Readability runs on a clone of the document, never on the live
 * page; its result is sanitised by DOMPurify into a fragment (never an HTML string put into the
 * page), ready to be moved into the view's shadow root.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify, { type Config } from 'dompurify';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';

export const FORM_MARK = 'data-clair-form';

export interface Article {
  readonly title: string;
  readonly siteName: string;
  readonly lang: string;
  readonly dir: string;
  /** Sanitised content, owned by an inert document until it is appended to the view. */
  readonly content: DocumentFragment | null;
  /** Characters of text in the content (a view with too little is not shown). */
  readonly length: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO']);

interface Mirror {
  readonly hidden: Element[];
  readonly forms: [Element, number][];
}

/**
 * Walks the live scope and its clone side by side (the clone has the same structure) to carry over
 * what only the live page knows: what CSS hides, and where the content's forms are.
 */
function mirror(live: Element, copy: Element, forms: readonly HTMLFormElement[], found: Mirror): void {
  const liveChildren = live.children;
  const copyChildren = copy.children;
  for (let i = 0; i < liveChildren.length; i++) {
    const l = liveChildren[i];
    const c = copyChildren[i];
    if (!l || !c || SKIP.has(l.tagName)) continue;
    const formIndex = l instanceof HTMLFormElement ? forms.indexOf(l) : -1;
    if (formIndex >= 0) {
      found.forms.push([c, formIndex]);
      continue;
    }
    // Folded content (closed <details>, collapsed accordion panels) stays: the view shows all
    // the page can show.
    const folded = (live instanceof HTMLDetailsElement && !live.open) || (l.id && live.ownerDocument.querySelector(`[aria-controls~="${CSS.escape(l.id)}"]`));
    if (!folded && getComputedStyle(l).display === 'none') {
      found.hidden.push(c);
      continue;
    }
    mirror(l, c, forms, found);
  }
}

/** Same element in the clone: same index among the document's matches of the same selector. */
function counterpart(live: Element, clone: Document): Element | null {
  const tag = live.tagName.toLowerCase();
  const index = Array.from(live.ownerDocument.getElementsByTagName(tag)).indexOf(live);
  return clone.getElementsByTagName(tag)[index] ?? null;
}

const textLength = (node: Node | null) => node?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
/** Share of the main landmark's text Readability must keep for its result to be used. */
const KEEP_RATIO = 0.8;
const NOT_CONTENT = 'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="search"], search, script, style, noscript, template';

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

/**
 * Reads the main content. `scope` is the page's main landmark when it has one (Readability then
 * only has to clean it up), else the whole body. `forms` become markers the view replaces with
 * "go to the form" cards.
 */
export function extract(doc: Document, scope: HTMLElement | null, forms: readonly HTMLFormElement[]): Article {
  const clone = doc.cloneNode(true) as Document;
  const liveRoot = scope ?? doc.body;
  const root = scope ? counterpart(scope, clone) : clone.body;
  const found: Mirror = { hidden: [], forms: [] };
  if (root) mirror(liveRoot, root, forms, found);
  for (const el of found.hidden) el.remove();
  for (const [el, index] of found.forms) {
    const mark = clone.createElement('p');
    mark.setAttribute(FORM_MARK, String(index));
    mark.textContent = forms[index]?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '';
    el.replaceWith(mark);
  }
  for (const el of Array.from(clone.querySelectorAll(`[${CLAIR_UI_ATTR}]`))) el.remove();
  // Folded sections (FAQ) are read in full in the view.
  for (const details of Array.from(clone.querySelectorAll('details'))) details.open = true;
  if (scope && root) clone.body.replaceChildren(root);
  // Readability edits the clone as it parses: keep an untouched copy of the main landmark.
  const whole = scope && root ? (root.cloneNode(true) as Element) : null;

  const result = new Readability(clone, { charThreshold: 200, keepClasses: false, serializer: (node: Node) => node }).parse();
  const purify = DOMPurify(doc.defaultView ?? window);
  let content = result?.content ? purify.sanitize(result.content, SANITIZE) : null;
  // Readability drops link lists and cards it finds too "navigational"; the main landmark is the
  // author's own word for the main content, so when Readability keeps too little of it, the whole
  // landmark (without its navigation and side boxes) is shown instead.
  if (whole && textLength(content) < KEEP_RATIO * textLength(whole)) {
    for (const el of Array.from(whole.querySelectorAll(NOT_CONTENT))) el.remove();
    content = purify.sanitize(whole, SANITIZE);
  }
  return {
    title: (result?.title ?? '').trim() || doc.title,
    siteName: result?.siteName ?? '',
    lang: result?.lang || doc.documentElement.lang || '',
    dir: result?.dir || doc.documentElement.dir || '',
    content,
    length: textLength(content),
  };
}
