/**
 * The hidden <svg> that holds Clair's SVG filters (colour-vision matrix, icon "ink"), referenced from
 * CSS as `filter: url(#id)`. A `url(#…)` reference only resolves in the page's own tree, so it cannot
 * live in a shadow root: it is a child of <html> (like Clair's toolbar, outside <body>), carries
 * `data-clair-ui`, is hidden from assistive technology and removed when no feature needs it.
 * Built with createElementNS: no markup strings, nothing a Content-Security-Policy blocks.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const DEFS_ID = 'clair-colour-filters';

const users = new WeakMap<Document, Set<string>>();

/** The defs element, created on first use by `user`. */
export function acquireDefs(doc: Document, user: string): SVGSVGElement {
  let set = users.get(doc);
  if (!set) users.set(doc, (set = new Set()));
  set.add(user);
  let svg = doc.getElementById(DEFS_ID) as SVGSVGElement | null;
  if (!svg || !(svg instanceof SVGSVGElement)) {
    svg = doc.createElementNS(SVG_NS, 'svg');
    svg.id = DEFS_ID;
    svg.setAttribute(CLAIR_UI_ATTR, '');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('width', '0');
    svg.setAttribute('height', '0');
    // Out of the flow so it adds no line box after <body>. CSSOM writes are allowed by a strict
    // Content-Security-Policy (a parsed style attribute would not be).
    for (const [prop, value] of [['position', 'absolute'], ['width', '0'], ['height', '0'], ['overflow', 'hidden'], ['pointer-events', 'none']] as const) {
      svg.style.setProperty(prop, value, 'important');
    }
    doc.documentElement.append(svg);
  }
  return svg;
}

/** Drops `user`; the element goes when nobody uses it. */
export function releaseDefs(doc: Document, user: string): void {
  const set = users.get(doc);
  set?.delete(user);
  if (set && set.size > 0) return;
  doc.getElementById(DEFS_ID)?.remove();
}

/** Finds or creates `<filter id>` in the defs, emptied, ready for primitives. */
export function filterElement(svg: SVGSVGElement, id: string): SVGFilterElement {
  let filter = svg.querySelector<SVGFilterElement>(`filter#${id}`);
  if (!filter) {
    filter = svg.ownerDocument.createElementNS(SVG_NS, 'filter');
    filter.id = id;
    svg.append(filter);
  }
  filter.replaceChildren();
  return filter;
}

/** Creates an SVG element with attributes. */
export function svgNode<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
