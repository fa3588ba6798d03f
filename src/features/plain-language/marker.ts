/**
 * Puts glossary marks into the page's text, and takes them out again exactly.
 *
 * A mark wraps the matched words of a text node in a `<clair-term>` element: the text node is split
 * (`splitText`) around the words, and every split is recorded so that `unmarkAll()` can put the
 * pieces back into the original node, touching no other text node (no `normalize()` on the page).
 *
 * What is never marked, and why:
 * - links, buttons, labels, summaries and any other interactive element: a mark is itself a
 *   control, and a control inside a control breaks both (and the click would follow the link);
 * - form fields, code (`code`, `pre`, `kbd`, `samp`, `var`), scripts, styles, `[contenteditable]`,
 *   `translate="no"` content (names, codes: not words to explain);
 * - headings: they are what screen-reader users list and navigate by, and a control inside one
 *   changes what it reads; the same words are marked in the text below;
 * - hidden content (`hidden`, `aria-hidden="true"`, `inert`) and Clair's own UI.
 *
 * How many marks: the first occurrence of each term in each section (the text between two main
 * headings, h1 or h2). Marking every occurrence turns a long page into hundreds of tab stops and a
 * distracting underline on every line; once per section keeps an explanation close to wherever
 * the reader starts while keeping the text readable. Content added later forms its own section.
 */
import { primarySubtag } from '../../core/language.js';
import type { Entry, Matcher } from './matcher.js';

export const TERM_TAG = 'clair-term';

/** Elements whose text is never marked (with their whole subtree). */
const SKIP_TAGS = new Set([
  'a', 'button', 'label', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'summary',
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'tt',
  'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'title',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', TERM_TAG,
]);
const SKIP_ATTRS = [
  '[role="heading"]', '[role="button"]', '[role="link"]', '[role="tab"]', '[role="menuitem"]', '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]', '[role="option"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]',
  '[role="treeitem"]', '[role="combobox"]', '[role="textbox"]', '[role="searchbox"]', '[role="slider"]',
  '[role="spinbutton"]', '[role="tooltip"]', '[role="img"]', '[role="math"]',
  '[contenteditable]:not([contenteditable="false"])', '[translate="no"]', '.notranslate',
  '[hidden]', '[aria-hidden="true"]', '[inert]', '[data-clair-ui]',
].join(', ');
const EXCLUDED = `${[...SKIP_TAGS].join(', ')}, ${SKIP_ATTRS}`;
/** Main headings start a new section (each term is marked once per section). */
const SECTION_START = 'h1, h2, [role="heading"]:not([aria-level]), [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';

function excluded(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || (el.attributes.length > 0 && el.matches(SKIP_ATTRS));
}

/** A text node worth looking at has at least two letters or digits. */
const WORDY = /[\p{L}\p{N}].*[\p{L}\p{N}]/su;

export interface Found {
  readonly node: Text;
  readonly lang: string;
  readonly section: number;
}

/** One text node of the page, cut into pieces by marks: the pieces Clair created. */
interface Split {
  readonly original: Text;
  readonly parts: Text[];
  readonly terms: HTMLElement[];
}

export type CreateTerm = (entry: Entry) => HTMLElement;

export class Marker {
  private readonly splits = new Map<Text, Split>();
  /** Every node Clair created, mapped to its split (to recognise them in mutation records). */
  private readonly owner = new WeakMap<Node, Split>();
  private section = 0;

  constructor(
    private readonly doc: Document,
    private readonly matchers: ReadonlyMap<string, Matcher>,
    private readonly fallbackLang: string,
    private readonly isClairNode: (node: Node) => boolean,
    private readonly createTerm: CreateTerm,
  ) {}

  get count(): number {
    let n = 0;
    for (const split of this.splits.values()) n += split.terms.length;
    return n;
  }

  /** Whether a node was created by Clair's marking (a mark or a piece of split text). */
  owns(node: Node): boolean {
    return this.owner.has(node);
  }

  /** The split a page text node belongs to, if Clair cut it. */
  splitOf(node: Node): Text | undefined {
    if (node instanceof Text && this.splits.has(node)) return node;
    return this.owner.get(node)?.original;
  }

  /** Whether `node` sits where marks may go (neither it nor an ancestor is excluded). */
  markable(node: Node): boolean {
    const el = node instanceof Element ? node : node.parentElement;
    return !!el && el.isConnected && !this.isClairNode(el) && !el.closest(EXCLUDED);
  }

  /** Text nodes of `root` that may hold marks, in document order, with their language and section. */
  collect(root: Node): Found[] {
    const found: Found[] = [];
    const langs = new Map<Element, string>();
    const langOf = (el: Element): string => {
      let lang = langs.get(el);
      if (lang === undefined) {
        const own = el.getAttribute('lang');
        lang = own !== null ? primarySubtag(own) : el.parentElement ? langOf(el.parentElement) : this.fallbackLang;
        langs.set(el, lang || this.fallbackLang);
      }
      return lang || this.fallbackLang;
    };
    if (root instanceof Text) {
      if (root.parentElement && WORDY.test(root.data)) found.push({ node: root, lang: langOf(root.parentElement), section: ++this.section });
      return found;
    }
    const section = () => this.section;
    this.section++;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (!excluded(el)) return NodeFilter.FILTER_SKIP;
        if (el.matches(SECTION_START)) this.section++;
        return NodeFilter.FILTER_REJECT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (parent && WORDY.test(text.data)) found.push({ node: text, lang: langOf(parent), section: section() });
    }
    return found;
  }

  /**
   * Marks the found text nodes from `from` on, until `deadline` (performance.now()) passes.
   * Returns the index to continue from (found.length when done). `seen` holds, per section, the
   * entries already marked.
   */
  mark(found: readonly Found[], from: number, deadline: number, seen: Map<number, Set<Entry>>): number {
    let i = from;
    for (; i < found.length; i++) {
      if (i > from && performance.now() > deadline) break;
      const { node, lang, section } = found[i] as Found;
      const matcher = this.matchers.get(lang);
      if (!matcher || !node.isConnected || this.owner.has(node)) continue;
      let marked = seen.get(section);
      if (!marked) seen.set(section, (marked = new Set()));
      const matches = matcher.find(node.data).filter((m) => {
        if (marked.has(m.entry)) return false;
        marked.add(m.entry);
        return true;
      });
      if (matches.length > 0) this.wrap(node, matches);
    }
    return i;
  }

  private wrap(node: Text, matches: readonly { start: number; end: number; entry: Entry }[]): void {
    const split: Split = this.splits.get(node) ?? { original: node, parts: [], terms: [] };
    this.splits.set(node, split);
    let rest = node;
    let consumed = 0;
    for (const match of matches) {
      let word = rest;
      if (match.start > consumed) {
        word = rest.splitText(match.start - consumed);
        this.adopt(split, word);
      }
      consumed = match.start;
      if (match.end - consumed < word.length) {
        rest = word.splitText(match.end - consumed);
        this.adopt(split, rest);
      }
      const term = this.createTerm(match.entry);
      this.owner.set(term, split);
      split.terms.push(term);
      word.replaceWith(term);
      term.append(word);
      consumed = match.end;
      if (rest === word) break;
    }
  }

  private adopt(split: Split, part: Text): void {
    split.parts.push(part);
    this.owner.set(part, split);
  }

  /** Takes the marks of one split out and joins its text again. */
  unsplit(original: Text): void {
    const split = this.splits.get(original);
    if (!split) return;
    this.splits.delete(original);
    for (const term of split.terms) {
      if (term.parentNode) term.replaceWith(...term.childNodes);
    }
    // Pieces are joined to the text just before them, in order: "a" + "b" + "c" → "abc".
    for (const part of split.parts) {
      const previous = part.previousSibling;
      if (part.parentNode && previous instanceof Text) {
        previous.appendData(part.data);
        part.remove();
      }
    }
  }

  /**
   * The page rewrote or removed a text node Clair had cut: the other pieces are stale (a framework
   * that sets `nodeValue` on the node it knows puts the whole new text there). They are removed.
   */
  drop(original: Text): void {
    const split = this.splits.get(original);
    if (!split) return;
    this.splits.delete(original);
    for (const term of split.terms) {
      if (term.contains(original)) term.replaceWith(original);
      else term.remove();
    }
    for (const part of split.parts) part.remove();
  }

  /** Takes marks out until `deadline` (performance.now()); returns true when none is left. */
  unmark(deadline = Infinity): boolean {
    for (const original of this.splits.keys()) {
      this.unsplit(original);
      if (performance.now() > deadline) break;
    }
    return this.splits.size === 0;
  }
}
