/**
 * Where the visitor is reading, shared by the reading guide and the reading mask:
 * - the pointer's height (mouse, pen, finger), tracked at most once per animation frame;
 * - the element that gets keyboard focus (:focus-visible only, so a mouse click on a large
 *   focusable box does not make the band jump);
 * - Alt+ArrowUp / Alt+ArrowDown move it one line (plain arrows keep scrolling the page and moving
 *   in form fields; fields, selects and comboboxes keep Alt+arrows too), scrolling at the edges.
 * One set of listeners per document, however many features listen; removed with the last one.
 */
import { isClairNode } from '../../core/clair-node.js';
import { guard } from '../../core/log.js';
import { deepActiveElement } from './focus.js';

/** A horizontal box in viewport pixels: one line around the pointer, or the focused element. */
export interface ReadingSpot {
  readonly top: number;
  readonly bottom: number;
  /** One line of text at the root font size, in px (features size their band with it). */
  readonly line: number;
  /** True when the spot jumped (keyboard, focus) rather than followed the pointer. */
  readonly jump: boolean;
}

export type SpotListener = (spot: ReadingSpot) => void;

/** A focused element taller than this many lines: only its first lines are the spot. */
const MAX_LINES = 4;
/** Where Alt+arrow keys keep their own meaning. */
const KEEPS_ALT_ARROWS =
  'select, textarea, input, [contenteditable]:not([contenteditable="false"]), [role="combobox"], [role="listbox"], [role="slider"], [role="spinbutton"], [role="menu"], [role="tree"], [role="grid"]';

class Tracker {
  readonly listeners = new Set<SpotListener>();
  private readonly abort = new AbortController();
  private readonly view: Window;
  private anchor: { y: number } | { el: Element };
  private jump = false;
  private frame = 0;

  constructor(private readonly doc: Document) {
    this.view = doc.defaultView ?? window;
    const active = deepActiveElement(doc);
    this.anchor = active && active !== doc.body && active !== doc.documentElement && !isClairNode(active)
      ? { el: active }
      : { y: this.view.innerHeight / 3 };
    const passive = { capture: true, passive: true, signal: this.abort.signal };
    doc.addEventListener('pointermove', this.onPointer, passive);
    doc.addEventListener('pointerdown', this.onPointer, passive);
    // Pointer events stop once a finger starts scrolling; touchmove keeps coming.
    doc.addEventListener('touchmove', this.onTouch, passive);
    doc.addEventListener('focusin', this.onFocus, passive);
    // Scroll events do not bubble: capture catches the window's and inner scrollers'.
    doc.addEventListener('scroll', this.onScroll, passive);
    this.view.addEventListener('resize', this.schedule, passive);
    // Bubble phase: the page's own key handlers have their say first (defaultPrevented).
    doc.addEventListener('keydown', this.onKey, { signal: this.abort.signal });
  }

  destroy(): void {
    this.abort.abort();
    this.view.cancelAnimationFrame(this.frame);
  }

  readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      const spot = this.spot();
      this.jump = false;
      for (const listener of this.listeners) guard('reading spot', () => listener(spot), undefined);
    });
  };

  private readonly onPointer = (event: PointerEvent): void => {
    this.anchor = { y: event.clientY };
    this.schedule();
  };

  private readonly onTouch = (event: TouchEvent): void => {
    const touch = event.touches[0];
    if (!touch) return;
    this.anchor = { y: touch.clientY };
    this.schedule();
  };

  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || isClairNode(target)) return;
    if (target === this.doc.body || target === this.doc.documentElement || !target.matches(':focus-visible')) return;
    this.anchor = { el: target };
    this.jump = true;
    this.schedule();
  };

  private readonly onScroll = (): void => {
    // A pointer stays where it is on screen; a focused element moves with the page.
    if ('el' in this.anchor) this.schedule();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(KEEPS_ALT_ARROWS)) return;
    event.preventDefault();
    this.moveBy(event.key === 'ArrowDown' ? 1 : -1);
  };

  /** One line down (1) or up (-1); at the top or bottom edge, the page scrolls instead. */
  private moveBy(direction: 1 | -1): void {
    const spot = this.spot();
    const line = spot.line;
    let y = spot.top + line / 2 + direction * line;
    const max = this.view.innerHeight - line;
    if (y < line || y > max) {
      this.view.scrollBy({ top: direction * line, behavior: 'instant' });
      y = Math.min(Math.max(y, line / 2), this.view.innerHeight - line / 2);
    }
    this.anchor = { y };
    this.jump = true;
    this.schedule();
  }

  private spot(): ReadingSpot {
    const line = lineHeight(this.doc);
    const anchor = this.anchor;
    if ('el' in anchor && anchor.el.isConnected) {
      const rect = anchor.el.getBoundingClientRect();
      return { top: rect.top, bottom: Math.min(rect.bottom, rect.top + MAX_LINES * line), line, jump: this.jump };
    }
    const y = 'y' in anchor ? anchor.y : this.view.innerHeight / 3;
    return { top: y - line / 2, bottom: y + line / 2, line, jump: this.jump };
  }
}

/** Root font size × 1.5: follows Clair's text-size feature and the browser's own setting. */
function lineHeight(doc: Document): number {
  const size = parseFloat((doc.defaultView ?? window).getComputedStyle(doc.documentElement).fontSize);
  return (Number.isFinite(size) && size > 0 ? size : 16) * 1.5;
}

const trackers = new WeakMap<Document, Tracker>();

/** Calls `listener` with the reading spot (now, then at most once a frame) until `signal` aborts. */
export function watchReadingSpot(doc: Document, listener: SpotListener, signal: AbortSignal): void {
  if (signal.aborted) return;
  let tracker = trackers.get(doc);
  if (!tracker) {
    tracker = new Tracker(doc);
    trackers.set(doc, tracker);
  }
  const owner = tracker;
  owner.listeners.add(listener);
  owner.schedule();
  signal.addEventListener(
    'abort',
    () => {
      owner.listeners.delete(listener);
      if (owner.listeners.size > 0) return;
      owner.destroy();
      if (trackers.get(doc) === owner) trackers.delete(doc);
    },
    { once: true },
  );
}
