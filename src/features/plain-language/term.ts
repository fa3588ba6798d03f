/**
 * A glossary mark and its explanation (the "toggletip" pattern).
 *
 * `<clair-term>` wraps the page's own text node, which stays in the light DOM (other features and
 * assistive technologies still see the page's text). Its shadow root holds:
 * - `.mark`: a focusable element with role="button", aria-expanded and aria-controls, whose
 *   accessible name is the word itself. A `<span role="button">` rather than a `<button>`: a
 *   button is an atomic inline-block, so a two-word term could no longer wrap at the end of a line
 *   and the page's line breaks would change. Enter and Space work as on a button.
 * - `.live`: an empty role="status" region right after the word. Opening puts the explanation in
 *   it: screen readers announce it at once (focus stays on the word: nothing to navigate to,
 *   nothing to close), and it is also the next thing in reading order. Focus never moves, so it is
 *   on the word again when the explanation closes.
 * The explanation box is a manual popover in the top layer (no page z-index or overflow can hide
 * it), placed by Floating UI. "manual" rather than "auto": an auto popover would close the page's
 * own open popovers. It closes with Escape (the shared layer stack), a second activation, a
 * pointer press or focus elsewhere; it never closes because the pointer moves (WCAG 1.4.13).
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import { guard } from '../../core/log.js';
import { pushLayer } from '../../ui/base/focus.js';
import type { Entry } from './matcher.js';
import { TERM_TAG } from './marker.js';

interface Open {
  readonly host: HTMLElement;
  readonly mark: HTMLElement;
  readonly bubble: HTMLElement;
  readonly done: AbortController;
  readonly stopPlacing: () => void;
  readonly removeLayer: () => void;
}

export class Terms {
  private readonly template: DocumentFragment;
  private readonly entries = new WeakMap<HTMLElement, Entry>();
  private current: Open | undefined;
  private readonly topLayer: boolean;

  constructor(
    private readonly doc: Document,
    private readonly sheet: CSSStyleSheet,
    signal: AbortSignal,
  ) {
    if (!customElements.get(TERM_TAG)) {
      // Defined (with no behaviour) so `:not(:defined)` rules of the page never hide the words.
      customElements.define(TERM_TAG, class extends HTMLElement {});
    }
    this.template = this.buildTemplate();
    this.topLayer = typeof HTMLElement.prototype.showPopover === 'function';
    // One set of listeners for all marks (hundreds on a long page), in the capture phase: a mark
    // is Clair's control, so its clicks and keys are not passed on to the page (a clickable card
    // around the word must not fire, Space must not scroll).
    const options = { capture: true, signal };
    doc.addEventListener('click', (event) => this.onActivate(event, () => true), options);
    doc.addEventListener('keydown', (event) => this.onActivate(event, () => event.key === 'Enter' && !event.repeat, event.key === ' '), options);
    doc.addEventListener('keyup', (event) => this.onActivate(event, () => event.key === ' ', event.key === 'Enter'), options);
  }

  /** A new mark for `entry` (empty: the marker moves the page's text node into it). */
  create = (entry: Entry): HTMLElement => {
    const host = this.doc.createElement(TERM_TAG);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [this.sheet];
    root.append(this.template.cloneNode(true));
    this.entries.set(host, entry);
    return host;
  };

  /** Toggles the mark an event happened on, when `activates()`; `swallow` also stops other keys. */
  private onActivate(event: Event, activates: () => boolean, swallow = false): void {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const host = this.markHost(event);
    if (!host) return;
    const hit = activates();
    if (!hit && !swallow) return;
    event.stopPropagation();
    if (event instanceof KeyboardEvent) event.preventDefault();
    if (hit) this.toggle(host);
  }

  /** The `<clair-term>` whose mark (not its explanation) the event happened on. */
  private markHost(event: Event): HTMLElement | undefined {
    const path = event.composedPath();
    for (let i = 0; i < path.length; i++) {
      const node = path[i];
      if (node instanceof HTMLElement && node.localName === TERM_TAG && this.entries.has(node)) {
        return i > 0 && path[i - 2] === node.shadowRoot?.firstElementChild ? node : undefined;
      }
    }
    return undefined;
  }

  get openTerm(): HTMLElement | undefined {
    return this.current?.host;
  }

  toggle(host: HTMLElement): void {
    if (this.current?.host === host) this.close();
    else this.open(host);
  }

  open(host: HTMLElement): void {
    const entry = this.entries.get(host);
    const root = host.shadowRoot;
    const mark = root?.querySelector<HTMLElement>('.mark');
    const live = root?.querySelector<HTMLElement>('.live');
    if (!entry || !mark || !live) return;
    this.close();
    const bubble = this.doc.createElement('span');
    bubble.className = 'bubble';
    bubble.setAttribute(CLAIR_UI_ATTR, '');
    bubble.lang = entry.lang;
    const headword = this.doc.createElement('strong');
    headword.className = 'headword';
    headword.textContent = entry.terms[0] ?? '';
    const definition = this.doc.createElement('span');
    definition.className = 'definition';
    definition.textContent = entry.definition;
    bubble.append(headword, ' ', definition);
    if (this.topLayer) bubble.popover = 'manual';
    live.append(bubble);
    if (this.topLayer) guard('glossary popover', () => bubble.showPopover(), undefined);
    mark.setAttribute('aria-expanded', 'true');

    const done = new AbortController();
    // A press or focus anywhere but on this mark or its explanation closes it.
    const outside = (event: Event) => {
      if (!event.composedPath().includes(host)) this.close();
    };
    this.doc.addEventListener('pointerdown', outside, { capture: true, signal: done.signal });
    this.doc.addEventListener('focusin', outside, { capture: true, signal: done.signal });
    const stopPlacing = autoUpdate(mark, bubble, () => void place(mark, bubble));
    this.current = { host, mark, bubble, done, stopPlacing, removeLayer: pushLayer(() => this.close(true)) };
  }

  /** Closes the open explanation; `refocus` puts focus back on its word (Escape). */
  close(refocus = false): void {
    const open = this.current;
    if (!open) return;
    this.current = undefined;
    open.done.abort();
    open.stopPlacing();
    open.removeLayer();
    open.bubble.remove();
    open.mark.setAttribute('aria-expanded', 'false');
    if (refocus && open.mark.isConnected) open.mark.focus({ preventScroll: true });
  }

  private buildTemplate(): DocumentFragment {
    const fragment = this.doc.createDocumentFragment();
    const mark = this.doc.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('part', 'mark');
    mark.setAttribute('role', 'button');
    mark.tabIndex = 0;
    mark.setAttribute('aria-expanded', 'false');
    mark.setAttribute('aria-controls', 'tip');
    // Escape is handled by Clair's layer stack only inside Clair's UI.
    mark.setAttribute(CLAIR_UI_ATTR, '');
    mark.append(this.doc.createElement('slot'));
    const live = this.doc.createElement('span');
    live.className = 'live';
    live.id = 'tip';
    live.setAttribute('role', 'status');
    fragment.append(mark, live);
    return fragment;
  }
}

async function place(mark: HTMLElement, bubble: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(mark, bubble, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      // A term broken over two lines: place against the line fragment, not the whole box.
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
