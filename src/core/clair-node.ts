/**
 * Every element Clair adds to the host page carries this attribute, so features never adapt
 * Clair's own UI and tests can find (and ignore) it.
 */
export const CLAIR_UI_ATTR = 'data-clair-ui';

/** True when the node is inside an element Clair added (through shadow roots too). */
export function isClairNode(node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.closest(`[${CLAIR_UI_ATTR}]`)) return true;
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
