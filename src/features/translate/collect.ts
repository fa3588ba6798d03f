/**
 * Finds what to translate: block-sized runs of text with their inline markup (so sentences travel
 * as sentences), plus the texts of title, alt, placeholder, aria-label, button values and the
 * document title. Walks open shadow roots and same-origin iframes. Never collects: Clair's UI,
 * private zones, translate="no", .notranslate, code/pre/kbd/samp, scripts and styles, editable
 * content, form field values, or text declared in another language. Works with nodeType checks,
 * not instanceof, so iframe documents (other realms) work too.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import { primary } from '../../translate/languages.js';
import { escapeText, type SourceShape } from '../../translate/sanitize.js';

export interface RunSegment {
  readonly kind: 'run';
  readonly doc: Document;
  /** Element or shadow root whose children the run is. */
  readonly parent: Node;
  readonly nodes: readonly Node[];
  readonly shape: SourceShape;
  /** Children of each translated inline element when collected (page changes are detected). */
  readonly snapshot: ReadonlyMap<Element, readonly Node[]>;
  /** Text nodes in order, for text-only engines, and their text when collected. */
  readonly texts: readonly Text[];
  readonly data: readonly string[];
  readonly html: string;
  readonly plain: string;
  /** Where lang/dir go once translated. */
  readonly langHost: Element | null;
}

export interface AttrSegment {
  readonly kind: 'attr';
  readonly doc: Document;
  readonly el: Element;
  readonly name: string;
  readonly plain: string;
  readonly html: string;
}

export interface TitleSegment {
  readonly kind: 'title';
  readonly doc: Document;
  readonly plain: string;
  readonly html: string;
}

export type Segment = RunSegment | AttrSegment | TitleSegment;

export interface WalkContext {
  /** The page's language (text declared in another language is left alone). */
  readonly source: string;
  /** Private zones, joined into one selector. */
  readonly privateSelector: string;
  /** Nodes Clair already translated or is translating. */
  isOurs(node: Node): boolean;
  /** Attributes Clair already translated. */
  isOursAttr(el: Element, name: string): boolean;
  /** lang attributes Clair set (not a reason to skip). */
  isOurLang(el: Element): boolean;
  onShadowRoot(root: ShadowRoot): void;
  onFrame(frame: Element, doc: Document): void;
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'button', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark', 'nobr', 'output', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u']);
/** Inline elements kept whole inside a run: travel as an empty placeholder. */
const ATOMS = new Set(['audio', 'br', 'canvas', 'code', 'embed', 'iframe', 'img', 'input', 'kbd', 'math', 'meter', 'object', 'picture', 'progress', 'samp', 'select', 'svg', 'textarea', 'var', 'video', 'wbr']);
const VOID = new Set(['br', 'embed', 'img', 'input', 'wbr']);
/** Never translated, whatever they contain. */
const SKIP = new Set(['code', 'head', 'kbd', 'math', 'noscript', 'pre', 'samp', 'script', 'style', 'svg', 'template', 'var']);
const LETTER = /\p{L}/u;
const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);

const isElement = (n: Node): n is Element => n.nodeType === Node.ELEMENT_NODE;
const isText = (n: Node): n is Text => n.nodeType === Node.TEXT_NODE;

/** True when nothing inside `el` may be translated or sent. */
export function isSkipped(el: Element, ctx: WalkContext): boolean {
  const tag = el.localName;
  if (SKIP.has(tag) || el.hasAttribute(CLAIR_UI_ATTR)) return true;
  const html = el as HTMLElement;
  if (html.translate === false || el.classList.contains('notranslate') || html.isContentEditable) return true;
  if (el.matches(ctx.privateSelector)) return true;
  const lang = el.getAttribute('lang');
  return !!lang && primary(lang) !== primary(ctx.source) && !ctx.isOurLang(el);
}

/** A root for dynamic content is walked only if none of its ancestors is skipped. */
export function insideSkipped(node: Node, ctx: WalkContext): boolean {
  let current: Node | null = node;
  while (current) {
    if (isElement(current) && isSkipped(current, ctx)) return true;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return false;
}

/**
 * Walks `root` into `out`. A generator only near the top (the first SLICED_DEPTH levels): it
 * yields after each block there, so the caller can give the page a turn; deeper, plain recursion
 * (generators at every level cost more than the walk itself).
 */
export function* walkRoot(root: Node, ctx: WalkContext, out: Segment[], depth = 0): Generator<void> {
  if (!isElement(root)) {
    yield* walkContainer(root, root.ownerDocument ?? document, ctx, out, depth);
    return;
  }
  if (!enterElement(root, ctx, out)) return;
  if (root.localName === 'option' && !root.hasAttribute('value')) return; // its text is its value
  yield* walkContainer(root, root.ownerDocument, ctx, out, depth);
}

const SLICED_DEPTH = 4;

/** Attributes, frame and shadow root of an element; false when its content is not to be walked. */
function enterElement(el: Element, ctx: WalkContext, out: Segment[]): boolean {
  if (isSkipped(el, ctx)) return false;
  const doc = el.ownerDocument;
  attributes(el, doc, ctx, out);
  if (el.localName === 'textarea') return false; // its text is the field's value
  if (el.localName === 'iframe') frame(el, ctx, out);
  const shadow = el.shadowRoot;
  if (shadow) {
    ctx.onShadowRoot(shadow);
    drain(walkContainer(shadow, doc, ctx, out, SLICED_DEPTH));
  }
  return true;
}

function walkElement(el: Element, ctx: WalkContext, out: Segment[]): void {
  drain(walkRoot(el, ctx, out, SLICED_DEPTH));
}

function drain(walk: Generator<void>): void {
  for (let step = walk.next(); !step.done; step = walk.next()) {
    /* deep levels never yield */
  }
}

/** The document's own title (the tab's name), for the top document only. */
export function titleSegment(doc: Document): TitleSegment | null {
  const plain = doc.title;
  return LETTER.test(plain) ? { kind: 'title', doc, plain, html: escapeText(plain) } : null;
}

function frame(el: Element, ctx: WalkContext, out: Segment[]): void {
  let doc: Document | null;
  try {
    doc = (el as HTMLIFrameElement).contentDocument; // null across origins
  } catch {
    doc = null;
  }
  if (!doc) return;
  ctx.onFrame(el, doc);
  if (doc.body) walkElement(doc.body, ctx, out);
}

function* walkContainer(container: Node, doc: Document, ctx: WalkContext, out: Segment[], depth: number): Generator<void> {
  const inline = new Map<Element, boolean>();
  let run: Node[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const nodes = run;
    run = [];
    const segment = makeRun(container, nodes, doc, ctx);
    if (segment) out.push(segment);
    // Inside a run, atoms and inline elements can still hold texts of their own to translate.
    for (const node of nodes) if (isElement(node)) inner(node, doc, ctx, out);
  };
  for (const child of Array.from(container.childNodes)) {
    if (ctx.isOurs(child) || (!isText(child) && !isElement(child))) {
      flush();
      continue;
    }
    if (isText(child) || runnable(child, ctx, inline)) {
      run.push(child);
      continue;
    }
    flush();
    if (depth < SLICED_DEPTH) {
      yield* walkRoot(child, ctx, out, depth + 1);
      yield;
    } else walkElement(child, ctx, out);
  }
  flush();
}

/** Texts inside an element of a run that are not part of the run's text: attributes, options, frames. */
function inner(el: Element, doc: Document, ctx: WalkContext, out: Segment[]): void {
  if (isSkipped(el, ctx)) return;
  attributes(el, doc, ctx, out);
  if (el.localName === 'select') for (const child of Array.from(el.children)) walkElement(child, ctx, out);
  else if (el.localName === 'iframe') frame(el, ctx, out);
  else if (!ATOMS.has(el.localName)) for (const child of Array.from(el.children)) inner(child, doc, ctx, out);
}

/** Whether an element can sit inside a run: inline, holding only inline content (or kept whole). */
function runnable(el: Element, ctx: WalkContext, memo: Map<Element, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  const tag = el.localName;
  let result: boolean;
  if (!INLINE.has(tag) && !ATOMS.has(tag)) result = false;
  else if (ATOMS.has(tag) || isSkipped(el, ctx) || ctx.isOurs(el)) result = !el.shadowRoot;
  else result = !el.shadowRoot && Array.from(el.children).every((c) => runnable(c, ctx, memo));
  memo.set(el, result);
  return result;
}

function makeRun(parent: Node, nodes: Node[], doc: Document, ctx: WalkContext): RunSegment | null {
  const inlines: Element[] = [];
  const atoms = new Set<number>();
  const snapshot = new Map<Element, Node[]>();
  const texts: Text[] = [];
  let html = '';
  let plain = '';
  const write = (node: Node) => {
    if (isText(node)) {
      texts.push(node);
      // Markup indentation becomes one space (as the page renders it); no-break spaces stay.
      html += escapeText(node.data).replace(/[ \t\n\r\f]+/g, ' ');
      plain += node.data;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    const i = inlines.push(node) - 1;
    if (ATOMS.has(tag) || isSkipped(node, ctx) || ctx.isOurs(node)) {
      atoms.add(i);
      html += VOID.has(tag) ? `<${tag} data-c="${i}">` : `<${tag} data-c="${i}"></${tag}>`;
      plain += ' ';
      return;
    }
    snapshot.set(node, Array.from(node.childNodes));
    html += `<${tag} data-c="${i}">`;
    node.childNodes.forEach(write);
    html += `</${tag}>`;
  };
  nodes.forEach(write);
  if (!LETTER.test(plain)) return null;
  const host = isElement(parent) ? parent : null;
  return {
    kind: 'run',
    doc,
    parent,
    nodes,
    shape: { inlines, atoms, textLength: plain.length },
    snapshot,
    texts,
    data: texts.map((t) => t.data),
    html,
    plain,
    langHost: host,
  };
}

export function attributes(el: Element, doc: Document, ctx: WalkContext, out: Segment[]): void {
  for (const name of names(el)) {
    const plain = el.getAttribute(name);
    if (plain === null || !LETTER.test(plain) || ctx.isOursAttr(el, name)) continue;
    out.push({ kind: 'attr', doc, el, name, plain, html: escapeText(plain) });
  }
}

function names(el: Element): string[] {
  const list = ['title', 'aria-label'];
  switch (el.localName) {
    case 'img':
    case 'area':
      list.push('alt');
      break;
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'image') list.push('alt');
      // A named button's value is sent with the form: it stays as the site wrote it.
      if (BUTTON_TYPES.has(type) && !el.hasAttribute('name')) list.push('value');
      list.push('placeholder');
      break;
    }
    case 'textarea':
      list.push('placeholder');
      break;
    case 'optgroup':
      list.push('label');
      break;
  }
  return list;
}

/** The block-level element (or shadow root) whose runs a changed node belongs to. */
export function containerOf(node: Node): Node | null {
  let current: Node | null = isElement(node) && !INLINE.has(node.localName) && !ATOMS.has(node.localName) ? node : node.parentNode;
  while (current && isElement(current) && (INLINE.has(current.localName) || ATOMS.has(current.localName))) current = current.parentNode;
  return current;
}
