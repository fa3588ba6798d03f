/**
 * Heuristics run once when the simplified page turns on (and on content added later): which
 * elements are side-by-side columns, floats, fixed bars, sidebars, carousels and pop-ups. The walk
 * only reads the page (styles and boxes) and is cut into short slices so it never blocks the page;
 * the marks are written together at the end, so style and layout are computed once.
 */
import { yieldToPage } from '../../core/yield-to-page.js';

export const MARK = 'data-clair-simple';

export type Mark = 'columns' | 'float' | 'unfix' | 'aside' | 'carousel' | 'popup';

/** Elements whose insides are never layout: not walked. */
const LEAVES = new Set(['P', 'A', 'BUTTON', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'LABEL', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'TABLE', 'svg', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'CODE', 'CANVAS']);

/** Containers of what must stay: the main content and whatever has focus. */
const KEEP = 'main, [role="main"], h1';
const MIN_COLUMN = 180;
const SLICE_MS = 8;
const MIN_FLOAT_TEXT = 200;

const CAROUSEL = '[aria-roledescription~="carousel" i], .carousel, .slider, .swiper, .slick-slider, .splide, .glide, .owl-carousel, .flickity-enabled, .fr-carousel';
const COOKIE = /cookie|consent|gdpr|rgpd|tarteaucitron|didomi|onetrust|axeptio|cookiebot|newsletter-popup|popup|modal-promo/i;
const SIDEBAR = /(^|[\s_-])(side-?bar|sidenav|aside)([\s_-]|$)/i;

type Marks = Map<Element, Set<Mark>>;

function add(marks: Marks, el: Element, mark: Mark): void {
  let set = marks.get(el);
  if (!set) marks.set(el, (set = new Set()));
  set.add(mark);
}

const keeps = (el: Element, active: Element | null) => !!el.querySelector(KEEP) || el.matches(KEEP) || (!!active && el.contains(active));

const hint = (el: Element) => `${el.id} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('aria-label') ?? ''}`;

/** Two boxes next to each other (not one above the other), each wide enough to be a column. */
function sideBySide(el: Element): boolean {
  const boxes = Array.from(el.children)
    .map((c) => c.getBoundingClientRect())
    .filter((r) => r.width >= MIN_COLUMN && r.height > 0);
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    if (a.top < b.bottom && b.top < a.bottom && Math.abs(a.left - b.left) >= MIN_COLUMN) return true;
  }
  return false;
}

/** Walks `roots` (element subtrees) and returns the marks; `signal` stops it. */
export async function classify(roots: readonly Element[], isClair: (n: Node) => boolean, signal: AbortSignal): Promise<Marks> {
  const marks: Marks = new Map();
  const doc = roots[0]?.ownerDocument;
  if (!doc) return marks;
  const active = doc.activeElement;
  const viewport = (doc.defaultView?.innerWidth ?? 1024) * (doc.defaultView?.innerHeight ?? 768);
  const hasMain = !!doc.querySelector('main, [role="main"]');

  // Landmarks and well-known widgets: cheap selector queries.
  for (const root of roots) {
    const scoped = (selector: string) => [...(root.matches(selector) ? [root] : []), ...Array.from(root.querySelectorAll(selector))];
    for (const el of scoped('aside, [role="complementary"]')) {
      const inMain = !!el.closest('main, [role="main"], article');
      if (!isClair(el) && !keeps(el, active) && (!hasMain || !inMain)) add(marks, el, 'aside');
    }
    for (const el of scoped(CAROUSEL)) if (!isClair(el) && !keeps(el, active)) add(marks, el, 'carousel');
  }

  // One sliced walk for what only computed styles and boxes tell.
  let sliceStart = performance.now();
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    let el: Element | null = root;
    while (el) {
      if (signal.aborted) return new Map();
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      let skip: boolean = isClair(el) || LEAVES.has(el.tagName) || marks.has(el);
      if (!skip) {
        const cs = getComputedStyle(el);
        if (cs.display === 'none') skip = true;
        else {
          if ((cs.position === 'fixed' || cs.position === 'sticky') && el !== doc.body) {
            const r = el.getBoundingClientRect();
            const covers = (r.width * r.height) / viewport;
            const popup = (COOKIE.test(hint(el)) || (cs.position === 'fixed' && covers > 0.2)) && !el.matches('header, nav, [role="banner"], [role="navigation"]');
            add(marks, el, popup && !keeps(el, active) ? 'popup' : 'unfix');
          }
          // Only floats that hold a column of text: small floated badges keep the place (and the
          // background) their text was designed on.
          if (cs.float !== 'none' && el.getBoundingClientRect().width >= MIN_COLUMN && (el.textContent?.length ?? 0) >= MIN_FLOAT_TEXT) add(marks, el, 'float');
          if (el.childElementCount >= 2 && /flex|grid/.test(cs.display) && !cs.flexDirection.startsWith('column') && sideBySide(el)) {
            add(marks, el, 'columns');
            for (const child of Array.from(el.children)) {
              if (SIDEBAR.test(hint(child)) && !keeps(child, active) && !child.closest('main, [role="main"]')) add(marks, child, 'aside');
            }
          }
        }
      }
      el = skip ? nextSkippingChildren(walker, root) : walker.nextNode() as Element | null;
    }
  }
  return marks;
}

function nextSkippingChildren(walker: TreeWalker, root: Element): Element | null {
  let node: Node | null = walker.currentNode;
  while (node && node !== root) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling as Element;
    node = walker.parentNode();
  }
  return null;
}
