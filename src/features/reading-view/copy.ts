/**
 * The copy Readability works on: only the candidate main content (the main landmark, or the body),
 * copied node by node into an inert document (nothing there runs or loads), in slices. The walk
 * carries over what only the live page knows (what CSS hides, where the content's forms are) and
 * leaves out what is never content: scripts, embeds, navigation, side boxes, banners.
 */
import { isClairNode } from '../../core/clair-node.js';
import type { Slicer } from './slices.js';

export const FORM_MARK = 'data-clair-form';

export interface Copy {
  /** Inert document: the page's title and metadata, and the copy in its body. */
  readonly doc: Document;
  /** The copy of the scope (the inert body itself when the scope is the body). */
  readonly root: HTMLElement;
  /** Elements copied. */
  readonly elements: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'LINK', 'META']);
const NOT_CONTENT_TAGS = new Set(['NAV', 'ASIDE', 'SEARCH']);
const NOT_CONTENT_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search']);
/** Inside these, header and footer belong to the content (an article's byline, a section's note). */
const SECTIONING = new Set(['ARTICLE', 'ASIDE', 'MAIN', 'NAV', 'SECTION']);
/** Node checks between two looks at the clock. */
const STRIDE = 64;

function notContent(el: Element, sectioned: boolean): boolean {
  if (NOT_CONTENT_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && NOT_CONTENT_ROLES.has(role.trim().toLowerCase())) return true;
  return !sectioned && (el.tagName === 'HEADER' || el.tagName === 'FOOTER');
}

/** Ids of elements some control shows and hides (accordions): folded, not hidden, content. */
function controlledIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[aria-controls]'))) for (const id of el.getAttribute('aria-controls')!.split(/\s+/)) if (id) ids.add(id);
  return ids;
}

function formMark(inert: Document, form: HTMLFormElement, index: number): HTMLElement {
  const mark = inert.createElement('p');
  mark.setAttribute(FORM_MARK, String(index));
  mark.textContent = form.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '';
  return mark;
}

export async function copyContent(doc: Document, scope: HTMLElement | null, forms: readonly HTMLFormElement[], slicer: Slicer): Promise<Copy> {
  const inert = doc.implementation.createHTMLDocument(doc.title);
  for (const attr of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(attr);
    if (value) inert.documentElement.setAttribute(attr, value);
  }
  // Readability reads the title, metadata and JSON-LD from the head.
  for (const el of Array.from(doc.head?.querySelectorAll('meta, script[type="application/ld+json"]') ?? [])) inert.head.append(inert.importNode(el, true));
  const live = scope ?? doc.body;
  const root = scope ? (inert.importNode(scope, false) as HTMLElement) : inert.body;
  if (scope) inert.body.append(root);

  const formIndex = new Map(forms.map((form, i) => [form as Element, i]));
  const folded = controlledIds(doc);
  const stack: [Node, Node, boolean][] = [];
  const push = (parent: Node, copy: Node, sectioned: boolean) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push([child, copy, sectioned]);
  };
  push(live, root, !!scope);
  let elements = 0;
  let seen = 0;
  while (stack.length > 0) {
    if (++seen % STRIDE === 0) await slicer.check();
    const [node, parent, sectioned] = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      parent.appendChild(inert.createTextNode((node as Text).data));
      continue;
    }
    if (!(node instanceof Element) || SKIP.has(node.tagName) || isClairNode(node)) continue;
    const index = formIndex.get(node);
    if (index !== undefined) {
      parent.appendChild(formMark(inert, node as HTMLFormElement, index));
      continue;
    }
    if (notContent(node, sectioned)) continue;
    // Folded content (closed <details>, collapsed accordion panels) stays: the view shows all the
    // page can show.
    const isFolded = (node.parentElement instanceof HTMLDetailsElement && !node.parentElement.open) || (node.id !== '' && folded.has(node.id));
    if (!isFolded && getComputedStyle(node).display === 'none') continue;
    const copy = inert.importNode(node, false);
    if (copy instanceof HTMLDetailsElement) copy.open = true;
    parent.appendChild(copy);
    elements++;
    push(node, copy, sectioned || SECTIONING.has(node.tagName));
  }
  return { doc: inert, root, elements };
}
