/**
 * Focus utilities shared by the panel and features' own dialogs and popovers:
 * - tabbable elements found through open shadow roots;
 * - the element that had focus before, restored on close;
 * - a stack of layers so Escape closes only the topmost one.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Tabbable elements inside `root`, in DOM order, entering open shadow roots. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      if (!(child instanceof HTMLElement)) continue;
      if (child.hidden || child.inert) continue;
      if (child.matches(TABBABLE) && child.tabIndex >= 0 && isVisible(child)) found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

function isVisible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The really focused element, looking into shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses `el` without scrolling the page when it is already visible. */
export function focusElement(el: HTMLElement | null | undefined): void {
  el?.focus({ preventScroll: false });
}

interface Layer {
  close: () => void;
}

const layers: Layer[] = [];

/**
 * Registers an open layer (panel, popover, view). Escape closes the most recent one only.
 * Returns the function that removes the layer (call it on close).
 */
export function pushLayer(close: () => void): () => void {
  const layer = { close };
  layers.push(layer);
  if (layers.length === 1) document.addEventListener('keydown', onKeydown, true);
  return () => {
    const i = layers.indexOf(layer);
    if (i >= 0) layers.splice(i, 1);
    if (layers.length === 0) document.removeEventListener('keydown', onKeydown, true);
  };
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
  // Only when focus is in Clair's UI: Escape elsewhere belongs to the page.
  if (!event.composedPath().some((n) => n instanceof Element && n.hasAttribute(CLAIR_UI_ATTR))) return;
  const top = layers[layers.length - 1];
  if (!top) return;
  event.stopPropagation();
  event.preventDefault();
  top.close();
}
