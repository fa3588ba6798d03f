/**
 * Engine output is never trusted. It is parsed in an inert document (one made by
 * createHTMLDocument: no browsing context, so no script runs, nothing loads, no handler fires) and
 * rebuilt in the page from two things only: text, and the
 * source fragment's own inline elements (found by their data-c index, same tag, once each). Any
 * other element is unwrapped to its text; script-like elements are dropped with their content;
 * no attribute of the answer is ever copied. The source's elements keep their own attributes.
 */

/** Elements whose content is never text for the reader. */
const DROP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'link', 'meta', 'textarea', 'select', 'frameset', 'frame']);

export interface Rebuilt {
  /** New top-level nodes of the fragment (text nodes and reused source elements). */
  readonly nodes: Node[];
  /** New children for each reused source element that is not an atom. */
  readonly children: Map<Element, Node[]>;
}

export interface SourceShape {
  /** Inline elements of the source fragment, by data-c index. */
  readonly inlines: readonly Element[];
  /** Indices of inline elements kept whole (their content is not translated). */
  readonly atoms: ReadonlySet<number>;
  /** Characters of source text, to refuse absurdly long answers. */
  readonly textLength: number;
}

/** Longest acceptable answer for a source of `length` characters. */
export const maxAnswer = (length: number) => length * 10 + 500;

let inert: Range | undefined;

/** Parses in the inert document, as body content; one document reused (cheaper than DOMParser per answer). */
function parse(html: string): DocumentFragment {
  if (!inert) {
    const doc = document.implementation.createHTMLDocument('');
    inert = doc.createRange();
    inert.selectNodeContents(doc.body);
  }
  return inert.createContextualFragment(html);
}

/** Rebuilds a fragment in `doc`, or returns null when the answer cannot be used. */
export function rebuild(output: string, source: SourceShape, doc: Document): Rebuilt | null {
  if (output.length > maxAnswer(source.textLength)) return null;
  const body = parse(output);
  const used = new Set<number>();
  const children = new Map<Element, Node[]>();
  let text = '';

  const build = (parent: Node): Node[] => {
    const out: Node[] = [];
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        text += node.nodeValue ?? '';
        out.push(doc.createTextNode(node.nodeValue ?? ''));
        continue;
      }
      if (!(node instanceof Element) && node.nodeType !== Node.ELEMENT_NODE) continue; // comments and the like
      const el = node as Element;
      const tag = el.localName;
      const raw = el.getAttribute('data-c');
      const index = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : -1;
      const original = source.inlines[index];
      if (original && !used.has(index) && original.localName === tag) {
        used.add(index);
        if (!source.atoms.has(index)) children.set(original, build(el));
        out.push(original);
      } else if (!DROP.has(tag)) {
        out.push(...build(el));
      }
    }
    return out;
  };

  const nodes = build(body);
  if (used.size !== source.inlines.length) return null;
  if (source.textLength > 0 && !/\p{L}|\p{N}/u.test(text)) return null;
  return { nodes, children };
}

/** Plain text from an answer (attributes, titles, text-only engines). Null when unusable. */
export function answerText(output: string, sourceLength: number): string | null {
  if (output.length > maxAnswer(sourceLength)) return null;
  const body = parse(output);
  for (const el of Array.from(body.querySelectorAll([...DROP].join(',')))) el.remove();
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' && sourceLength > 0 ? null : text;
}

/** Text as HTML (what engines receive for attribute values and plain-text pieces). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
