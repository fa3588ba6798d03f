/**
 * A long content is grouped in parts the browser lays out only when they come near the viewport
 * (`content-visibility: auto`, see .part in reading-view.styles.ts): opening the view then costs the
 * first screenful, not the whole page. Parts stay in the accessibility tree, in find-in-page and
 * reachable by links and focus; short content is left as it is.
 */

/** Elements from which the content is shown in parts. */
export const PARTS_FROM = 1500;
/** About this many elements per part. */
const PART_SIZE = 200;
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE']);

/** Elements in a node's subtree, itself included. */
export const elementCount = (node: Node) => (node instanceof Element ? node.getElementsByTagName('*').length + 1 : 0);

/** Down single wrappers (a page's container div) to where the content's blocks are. */
function blocks(content: DocumentFragment): ParentNode {
  let parent: ParentNode = content;
  for (;;) {
    const elements = parent.children;
    const only = elements.length === 1 ? elements[0] : undefined;
    if (!only || !WRAPPERS.has(only.tagName) || Array.from(parent.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) return parent;
    parent = only;
  }
}

/** Groups a long content in parts; returns them (none for short content). */
export function inParts(content: DocumentFragment, elements: number): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (elements < PARTS_FROM) return parts;
  const doc = content.ownerDocument;
  const parent = blocks(content);
  let part: HTMLElement | null = null;
  let count = 0;
  for (const child of Array.from(parent.childNodes)) {
    if (!part || count >= PART_SIZE) {
      part = doc.createElement('div');
      part.className = 'part';
      child.before(part);
      parts.push(part);
      count = 0;
    }
    part.append(child);
    count += elementCount(child);
  }
  return parts;
}
