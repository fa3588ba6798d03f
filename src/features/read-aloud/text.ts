/**
 * Turns a part of the page into what is read aloud: sentences in reading (DOM) order, each with its
 * language (the element's `lang`) and a map back to the text nodes it came from, so the sentence
 * and the word being spoken can be highlighted with Ranges (no change to the page).
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';

/** A run of page text: `length` characters from `start` in the sentence's group come from `node`. */
interface Piece {
  readonly start: number;
  readonly node: Text | null;
  readonly nodeStart: number;
  readonly length: number;
}

/** Consecutive text of one block element in one language (a paragraph, a list item...). */
interface Group {
  readonly block: Element;
  readonly lang: string;
  text: string;
  readonly pieces: Piece[];
}

/** One utterance: a sentence (or the part of one that lies in the requested range). */
export interface Sentence {
  /** What is spoken: the page text with each whitespace character turned into a space. */
  readonly text: string;
  readonly lang: string;
  readonly block: Element;
  /** Range of `text` from `from` to `to` (offsets in `text`). */
  range(from?: number, to?: number): Range | null;
}

/** Never read: code-like and non-text content, form controls (their labels are read), hidden parts. */
const SKIP = 'script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, select, textarea, input, button, [hidden], [aria-hidden="true"], [inert]';
/** When reading a whole page that has no main landmark: skip its repeated parts. */
const PAGE_CHROME = 'nav, [role="navigation"], body > header, body > footer, [role="banner"], [role="contentinfo"]';

/** The main content: the main landmark, else the only article, else the body. */
export function mainContent(doc: Document): Element {
  const main = [...doc.querySelectorAll('main, [role="main"]')].find((el) => !el.closest('[hidden]'));
  if (main) return main;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return doc.body;
}

/** The element that holds `node` and is displayed as a block (paragraph, list item, cell...). */
export function blockOf(node: Node, stopAt: Element | null = null): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && el !== stopAt) {
    if (isBlock(el)) return el;
    el = el.parentElement;
  }
  return el;
}

function isBlock(el: Element): boolean {
  const display = getComputedStyle(el).display;
  return !(display.startsWith('inline') || display === 'contents' || display === 'none');
}

export function langOf(node: Node, doc: Document): string {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest('[lang]')?.getAttribute('lang')?.trim() || doc.documentElement.lang || 'fr';
}

/**
 * The sentences of a range, in reading order, found as they are needed: asking for sentence `i`
 * walks the page just far enough (a paragraph or two), so starting to read a long page is not one
 * long task. `skipChrome` drops navigation when reading a page's body.
 */
export class SentenceStream {
  private readonly sentences: Sentence[] = [];
  private readonly walker: TreeWalker;
  private readonly blocks = new Map<Element, Element>();
  private readonly langs = new Map<Element, string>();
  private readonly shown = new Map<Element, boolean>();
  private current: Group | undefined;
  private first = true;
  private done = false;

  constructor(
    private readonly range: Range,
    private readonly doc: Document,
    skipChrome = false,
  ) {
    const isShown = (el: Element) => this.isShown(el);
    this.walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node instanceof Element) {
          if (node.hasAttribute(CLAIR_UI_ATTR) || node.matches(SKIP) || (skipChrome && node.matches(PAGE_CHROME))) {
            return NodeFilter.FILTER_REJECT;
          }
          // display: none (and content-visibility: hidden) remove the whole subtree.
          if (typeof node.checkVisibility === 'function' && !node.checkVisibility()) return NodeFilter.FILTER_REJECT;
          return node.localName === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        }
        // visibility: hidden is inherited but can be undone below, so it is checked per text.
        const parent = node.parentElement;
        return parent && isShown(parent) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** Sentence `i`, or undefined after the last one. */
  get(i: number): Sentence | undefined {
    while (this.sentences.length <= i && !this.done) this.pull();
    return this.sentences[i];
  }

  /** Walks on until at least one more group of text is complete (or the range ends). */
  private pull(): void {
    const before = this.sentences.length;
    while (this.sentences.length === before) {
      const node = this.first && this.walker.currentNode instanceof Text ? this.walker.currentNode : this.walker.nextNode();
      this.first = false;
      if (!node) {
        this.finish();
        this.done = true;
        return;
      }
      this.visit(node);
    }
  }

  private visit(node: Node): void {
    if (node instanceof Element) {
      // A line break inside a paragraph still separates words.
      if (this.current) append(this.current, null, 0, '\n');
      return;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !this.range.intersectsNode(text)) return;
    const start = text === this.range.startContainer ? this.range.startOffset : 0;
    const end = text === this.range.endContainer ? this.range.endOffset : text.data.length;
    const data = text.data.slice(start, end);
    if (data.length === 0) return;
    const block = this.blockFor(parent);
    const lang = this.langFor(parent);
    if (!this.current || this.current.block !== block || this.current.lang !== lang) {
      if (!/\S/.test(data)) return;
      this.finish();
      this.current = { block, lang, text: '', pieces: [] };
    }
    append(this.current, text, start, data);
  }

  private finish(): void {
    if (this.current) this.sentences.push(...splitSentences(this.current));
    this.current = undefined;
  }

  private blockFor(el: Element): Element {
    let found = this.blocks.get(el);
    if (!found) {
      found = isBlock(el) || !el.parentElement ? el : this.blockFor(el.parentElement);
      this.blocks.set(el, found);
    }
    return found;
  }

  private langFor(el: Element): string {
    let found = this.langs.get(el);
    if (found === undefined) {
      const own = el.getAttribute('lang')?.trim();
      found = own || (el.parentElement ? this.langFor(el.parentElement) : this.doc.documentElement.lang || 'fr');
      this.langs.set(el, found);
    }
    return found;
  }

  private isShown(el: Element): boolean {
    let found = this.shown.get(el);
    if (found === undefined) {
      found = getComputedStyle(el).visibility === 'visible';
      this.shown.set(el, found);
    }
    return found;
  }
}

function append(group: Group, node: Text | null, nodeStart: number, data: string): void {
  group.pieces.push({ start: group.text.length, node, nodeStart, length: data.length });
  group.text += data;
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceBounds(text: string, lang: string): [number, number][] {
  const bounds: [number, number][] = [];
  if (typeof Intl.Segmenter === 'function') {
    let segmenter = segmenters.get(lang);
    if (!segmenter) {
      try {
        segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      } catch {
        segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
      }
      segmenters.set(lang, segmenter);
    }
    for (const s of segmenter.segment(text)) bounds.push([s.index, s.index + s.segment.length]);
  } else {
    // Older browsers: end a sentence after . ! ? … followed by a space.
    const re = /[^.!?…]*(?:[.!?…]+|$)\s*/gu;
    for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) bounds.push([m.index, m.index + m[0].length]);
  }
  return bounds;
}

function splitSentences(group: Group): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [rawStart, rawEnd] of sentenceBounds(group.text, group.lang)) {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/.test(group.text.charAt(start))) start++;
    while (end > start && /\s/.test(group.text.charAt(end - 1))) end--;
    if (end <= start || !/[\p{L}\p{N}]/u.test(group.text.slice(start, end))) continue;
    const text = group.text.slice(start, end).replace(/\s/g, ' ');
    sentences.push({
      text,
      lang: group.lang,
      block: group.block,
      range: (from = 0, to = text.length) => toRange(group, start + from, start + Math.min(to, text.length)),
    });
  }
  return sentences;
}

/** The DOM position of a character of the group (the next real text when it falls on a line break). */
function position(group: Group, offset: number, atEnd: boolean): [Text, number] | null {
  const pieces = group.pieces;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    const inside = atEnd ? offset > p.start && offset <= p.start + p.length : offset >= p.start && offset < p.start + p.length;
    if (!inside) continue;
    if (p.node) return [p.node, p.nodeStart + offset - p.start];
    const next = atEnd ? pieces.slice(0, i).reverse().find((q) => q.node) : pieces.slice(i + 1).find((q) => q.node);
    if (!next?.node) return null;
    return atEnd ? [next.node, next.nodeStart + next.length] : [next.node, next.nodeStart];
  }
  return null;
}

function toRange(group: Group, from: number, to: number): Range | null {
  const start = position(group, from, false);
  const end = position(group, Math.max(to, from + 1), true);
  if (!start || !end || !start[0].isConnected || !end[0].isConnected) return null;
  try {
    const range = start[0].ownerDocument.createRange();
    range.setStart(start[0], Math.min(start[1], start[0].length));
    range.setEnd(end[0], Math.min(end[1], end[0].length));
    return range;
  } catch {
    return null;
  }
}
