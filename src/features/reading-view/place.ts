/**
 * The visitor's place in the page: an element in the upper part of the window and how far from the
 * top it sits. Given back by content rather than by pixels, because the page can change height
 * while the reading view is open (the visitor makes the text larger, say), and the old pixel
 * position then shows another part of the page. Falls back to pixels when no element is found.
 */
import { isClairNode } from '../../core/clair-node.js';

export interface Place {
  readonly x: number;
  readonly y: number;
  readonly anchor: Element | null;
  readonly top: number;
}

/** Fixed and sticky elements stay put when the page scrolls: no use as a landmark. */
function pinned(el: Element, win: Window): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const position = win.getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

export function placeOf(doc: Document): Place {
  const win = doc.defaultView ?? window;
  const x = win.scrollX;
  const y = win.scrollY;
  for (const fraction of [0.1, 0.3, 0.5]) {
    const found = doc
      .elementsFromPoint(win.innerWidth / 2, win.innerHeight * fraction)
      .find((el) => el !== doc.documentElement && el !== doc.body && !isClairNode(el));
    if (found && !pinned(found, win)) return { x, y, anchor: found, top: found.getBoundingClientRect().top };
  }
  return { x, y, anchor: null, top: 0 };
}

export function goBackTo(place: Place, doc: Document): void {
  const win = doc.defaultView ?? window;
  const { anchor } = place;
  if (anchor?.isConnected && anchor.getClientRects().length > 0) {
    const by = anchor.getBoundingClientRect().top - place.top;
    if (win.scrollX !== place.x || Math.abs(by) >= 1) win.scrollTo({ left: place.x, top: win.scrollY + by, behavior: 'instant' });
    return;
  }
  if (win.scrollX !== place.x || win.scrollY !== place.y) win.scrollTo({ left: place.x, top: place.y, behavior: 'instant' });
}
