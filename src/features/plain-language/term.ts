/**
 * Glossary marks and their explanation (the "toggletip" pattern).
 *
 * A mark is `<clair-term role="button" tabindex="0" aria-expanded="false">` around the page's own
 * text node (which stays in the light DOM, so other features and assistive technologies still see
 * the page's text). A plain element, no shadow root: a long page gets hundreds of marks, and a
 * shadow root each would double the cost of marking and of every later style recalculation.
 * - Not a `<button>`: a button is an atomic inline-block, so a two-word term could no longer wrap
 *   at the end of a line and the page's line breaks would change. Enter and Space work as on a
 *   button; its accessible name is the word (the "i" drawn after it has empty alternative text).
 * - The explanation lives in `<clair-tip>`, inserted right after the mark the visitor is on (one
 *   at a time, removed when it closes): its shadow root holds a role="status" region, already in
 *   the page when the mark gets focus or a pointer press, so screen readers announce the text put
 *   in it on activation. It is also the next thing in reading order, and `aria-controls` points to
 *   it. Not inside the mark: the content of a button is flattened into its name.
 * - Focus never moves: it is on the word when the explanation closes. The box is a manual popover
 *   in the top layer (no page z-index or overflow can hide it), placed by Floating UI; "manual"
 *   rather than "auto", which would close the page's own open popovers.
 * - It closes with Escape, a second activation, a pointer press or focus elsewhere; never because
 *   the pointer moves (WCAG 1.4.13). Escape is handled here because focus is on the page's word,
 *   outside Clair's UI, where the shared layer stack does not listen; the layer is still pushed so
 *   the stack knows what is open.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import { guard } from '../../core/log.js';
import { pushLayer } from '../../ui/base/focus.js';
import type { Entry } from './matcher.js';
import { TERM_TAG } from './marker.js';

export const TIP_TAG = 'clair-tip';

interface Open {
  readonly term: HTMLElement;
  readonly bubble: HTMLElement;
  readonly stopPlacing: () => void;
  readonly removeLayer: () => void;
}

/** Ids unique on the page, even when the feature is turned off and on again. */
let tipCount = 0;

export class Terms {
  private readonly entries = new WeakMap<Element, Entry>();
  private readonly prototype: HTMLElement;
  private readonly topLayer = typeof HTMLElement.prototype.showPopover === 'function';
  private tip: HTMLElement | undefined;
  private current: Open | undefined;

  constructor(
    private readonly doc: Document,
    private readonly sheet: CSSStyleSheet,
    signal: AbortSignal,
  ) {
    for (const tag of [TERM_TAG, TIP_TAG]) {
      // Defined (with no behaviour) so `:not(:defined)` rules of the page never hide them.
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    }
    this.prototype = doc.createElement(TERM_TAG);
    this.prototype.setAttribute('role', 'button');
    this.prototype.tabIndex = 0;
    this.prototype.setAttribute('aria-expanded', 'false');
    // One set of listeners for all marks, in the capture phase: a mark is Clair's control, so its
    // clicks and keys do not go on to the page (a clickable card around the word must not fire,
    // Space must not scroll).
    const options = { capture: true, signal };
    doc.addEventListener('focusin', (event) => this.prepare(event), options);
    doc.addEventListener('pointerdown', (event) => this.onPointerDown(event), options);
    doc.addEventListener('click', (event) => this.onActivate(event), options);
    doc.addEventListener('keydown', (event) => this.onKey(event), options);
    doc.addEventListener('keyup', (event) => {
      if (event.key === ' ') this.onActivate(event);
    }, options);
  }

  /** A new mark for `entry` (empty: the marker moves the page's text node into it). */
  create = (entry: Entry): HTMLElement => {
    const term = this.prototype.cloneNode(false) as HTMLElement;
    this.entries.set(term, entry);
    return term;
  };

  isTip(node: Node): boolean {
    return node instanceof Element && node.localName === TIP_TAG;
  }

  get openTerm(): HTMLElement | undefined {
    return this.current?.term;
  }

  /** Closes the open explanation and takes the tip out of the page. */
  dispose(): void {
    this.close();
    this.tip?.remove();
    this.tip = undefined;
  }

  private termOf(event: Event): HTMLElement | undefined {
    const target = event.composedPath()[0];
    const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
    const term = element?.closest(TERM_TAG);
    return term instanceof HTMLElement && this.entries.has(term) ? term : undefined;
  }

  private onPointerDown(event: Event): void {
    const term = this.termOf(event);
    // A press anywhere but on the open mark or its explanation closes it.
    if (this.current && term !== this.current.term && !event.composedPath().includes(this.tip as EventTarget)) this.close();
    if (term) this.tipFor(term);
  }

  /** Focus or a press on a mark: its tip (and live region) is put in place before activation. */
  private prepare(event: Event): void {
    const term = this.termOf(event);
    if (this.current && event.type === 'focusin' && term !== this.current.term) this.close();
    if (term) this.tipFor(term);
  }

  private onKey(event: KeyboardEvent): void {
    const term = this.termOf(event);
    if (!term) return;
    if (event.key === 'Escape' && this.current?.term === term && !event.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault(); // Space would scroll the page.
      event.stopPropagation();
      if (event.key === 'Enter' && !event.repeat) this.toggle(term);
    }
  }

  private onActivate(event: Event): void {
    const term = this.termOf(event);
    if (!term) return;
    event.stopPropagation();
    if (event instanceof KeyboardEvent) event.preventDefault();
    this.toggle(term);
  }

  toggle(term: HTMLElement): void {
    if (this.current?.term === term) this.close();
    else this.open(term);
  }

  /** The tip element right after `term`, created or moved there. Returns whether it is new there. */
  private tipFor(term: HTMLElement): { live: HTMLElement; fresh: boolean } {
    let tip = this.tip;
    if (!tip) {
      tip = this.doc.createElement(TIP_TAG);
      tip.id = `clair-tip-${++tipCount}`;
      tip.setAttribute(CLAIR_UI_ATTR, '');
      const root = tip.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [this.sheet];
      const live = this.doc.createElement('span');
      live.className = 'live';
      live.setAttribute('role', 'status');
      root.append(live);
      this.tip = tip;
    }
    const fresh = tip.previousSibling !== term;
    if (fresh) {
      const previous = this.doc.querySelector(`${TERM_TAG}[aria-controls="${tip.id}"]`);
      previous?.removeAttribute('aria-controls');
      term.after(tip);
      term.setAttribute('aria-controls', tip.id);
    }
    return { live: tip.shadowRoot?.querySelector<HTMLElement>('.live') as HTMLElement, fresh };
  }

  open(term: HTMLElement): void {
    const entry = this.entries.get(term);
    if (!entry) return;
    this.close();
    const { live, fresh } = this.tipFor(term);
    const bubble = this.doc.createElement('span');
    bubble.className = 'bubble';
    bubble.lang = entry.lang;
    const headword = this.doc.createElement('strong');
    headword.className = 'headword';
    headword.textContent = entry.terms[0] ?? '';
    const definition = this.doc.createElement('span');
    definition.textContent = entry.definition;
    bubble.append(headword, ' ', definition);
    if (this.topLayer) bubble.popover = 'manual';
    const show = () => {
      live.append(bubble);
      if (this.topLayer) guard('glossary popover', () => bubble.showPopover(), undefined);
    };
    // A region that has just appeared is not always watched yet: fill it a moment later (this only
    // happens when a screen reader activates the word without focusing it first).
    if (fresh) setTimeout(() => this.current?.bubble === bubble && show(), 100);
    else show();
    term.setAttribute('aria-expanded', 'true');
    const stopPlacing = autoUpdate(term, bubble, () => void place(term, bubble));
    this.current = { term, bubble, stopPlacing, removeLayer: pushLayer(() => this.close(true)) };
  }

  /** Closes the open explanation; `refocus` puts focus back on its word. */
  close(refocus = false): void {
    const open = this.current;
    if (!open) return;
    this.current = undefined;
    open.stopPlacing();
    open.removeLayer();
    open.bubble.remove();
    open.term.setAttribute('aria-expanded', 'false');
    if (refocus && open.term.isConnected) open.term.focus({ preventScroll: true });
  }
}

async function place(term: HTMLElement, bubble: HTMLElement): Promise<void> {
  if (!bubble.isConnected) return;
  const { x, y } = await computePosition(term, bubble, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      // A term broken over two lines: placed against the line fragment, not the whole box.
      inline(),
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableWidth }) {
          bubble.style.setProperty('--clair-available', `${Math.max(160, availableWidth)}px`);
        },
      }),
    ],
  });
  bubble.style.setProperty('left', `${x}px`);
  bubble.style.setProperty('top', `${y}px`);
}
