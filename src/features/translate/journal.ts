/**
 * Every change translation makes to the page, and how to undo it. "Show original" replays the
 * journal backwards: original text nodes and elements go back (the same objects, so listeners,
 * references and focus targets survive), attributes and lang/dir get their old values. What the
 * page itself changed in the meantime is left as the page made it.
 */
import type { Rebuilt } from '../../translate/sanitize.js';
import { deepActiveElement } from '../../ui/base/focus.js';
import type { AttrSegment, RunSegment, TitleSegment } from './collect.js';

type Entry =
  | { kind: 'run'; parent: Node; originals: Node[]; inserted: Node[]; reused: [Element, Node[]][] }
  | { kind: 'attr'; el: Element; name: string; original: string; translated: string }
  | { kind: 'title'; doc: Document; original: string; translated: string }
  | { kind: 'lang'; el: Element; lang: string | null; dir: string | null };

export interface LangMark {
  readonly lang: string;
  /** Set only when the direction changes (Arabic on a French page). */
  readonly dir: 'rtl' | 'ltr' | null;
  readonly source: string;
}

const LETTER = /\p{L}/u;

export class Journal {
  private entries: Entry[] = [];
  private readonly ours = new WeakSet<Node>();
  private readonly attrs = new WeakMap<Element, Map<string, string>>();
  private readonly langs = new WeakSet<Element>();
  private readonly titles = new WeakMap<Document, string>();

  get size(): number {
    return this.entries.length;
  }

  isOurs(node: Node): boolean {
    return this.ours.has(node);
  }

  isOursAttr(el: Element, name: string): boolean {
    const value = this.attrs.get(el)?.get(name);
    return value !== undefined && el.getAttribute(name) === value;
  }

  isOurLang(el: Element): boolean {
    return this.langs.has(el);
  }

  isOurTitle(doc: Document): boolean {
    return this.titles.get(doc) === doc.title;
  }

  /** The page wrote into a text node Clair created: it is the page's text now. */
  disown(node: Node): void {
    this.ours.delete(node);
  }

  /** Whether a run is still exactly as collected (the page may have changed it since). */
  fresh(seg: RunSegment): boolean {
    const { nodes, parent } = seg;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node || node.parentNode !== parent || (i > 0 && node.previousSibling !== nodes[i - 1])) return false;
    }
    if (seg.texts.some((t, i) => t.data !== seg.data[i])) return false;
    for (const [el, children] of seg.snapshot) {
      const now = el.childNodes;
      if (now.length !== children.length || children.some((c, i) => now[i] !== c)) return false;
    }
    return true;
  }

  writeRun(seg: RunSegment, rebuilt: Rebuilt, mark: LangMark): boolean {
    if (!this.fresh(seg)) return false;
    const nodes = keepEdges(seg, rebuilt.nodes);
    this.keepingFocus(seg.doc, () => {
      const reused = swapChildren([...rebuilt.children]);
      const parent = seg.parent;
      const ref = seg.nodes[seg.nodes.length - 1]?.nextSibling ?? null;
      for (const n of seg.nodes) parent.removeChild(n);
      for (const n of nodes) parent.insertBefore(n, ref);
      this.own(nodes);
      for (const [, children] of rebuilt.children) this.own(children);
      this.entries.push({ kind: 'run', parent, originals: [...seg.nodes], inserted: nodes, reused });
    });
    this.markRun(seg, mark);
    return true;
  }

  /** Text-only engines: each text node gets its translation, the markup stays as it is. */
  writeTexts(seg: RunSegment, texts: readonly string[], mark: LangMark): boolean {
    if (!this.fresh(seg)) return false;
    const replacement = new Map<Text, Text>();
    seg.texts.forEach((t, i) => {
      const value = texts[i];
      if (value !== undefined && value !== t.data) replacement.set(t, seg.doc.createTextNode(edges(t.data, value)));
    });
    const children = new Map<Element, Node[]>();
    for (const el of seg.snapshot.keys()) children.set(el, Array.from(el.childNodes, (c) => replacement.get(c as Text) ?? c));
    const top = seg.nodes.map((n) => replacement.get(n as Text) ?? n);
    return this.writeRun(seg, { nodes: top, children }, mark);
  }

  writeAttr(seg: AttrSegment, text: string): boolean {
    const original = seg.el.getAttribute(seg.name);
    if (original !== seg.plain) return false;
    seg.el.setAttribute(seg.name, text);
    let map = this.attrs.get(seg.el);
    if (!map) this.attrs.set(seg.el, (map = new Map()));
    map.set(seg.name, text);
    this.entries.push({ kind: 'attr', el: seg.el, name: seg.name, original, translated: text });
    return true;
  }

  writeTitle(seg: TitleSegment, text: string): boolean {
    if (seg.doc.title !== seg.plain) return false;
    seg.doc.title = text;
    this.titles.set(seg.doc, seg.doc.title);
    this.entries.push({ kind: 'title', doc: seg.doc, original: seg.plain, translated: seg.doc.title });
    return true;
  }

  /** Undoes everything, newest first. */
  restore(): void {
    const entries = this.entries;
    this.entries = [];
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry) this.undo(entry);
    }
  }

  private undo(entry: Entry): void {
    switch (entry.kind) {
      case 'run': {
        const { parent, inserted, originals, reused } = entry;
        const doc = parent.ownerDocument ?? (parent as Document);
        this.keepingFocus(doc, () => {
          swapChildren(reused);
          // If the page removed or moved what Clair inserted, the page's version stands.
          if (inserted.length === 0 || !inserted.every((n) => n.parentNode === parent)) return;
          const anchor = doc.createTextNode('');
          parent.insertBefore(anchor, inserted[0] ?? null);
          for (const n of inserted) parent.removeChild(n);
          for (const n of originals) parent.insertBefore(n, anchor);
          parent.removeChild(anchor);
        });
        break;
      }
      case 'attr':
        if (entry.el.getAttribute(entry.name) === entry.translated) entry.el.setAttribute(entry.name, entry.original);
        this.attrs.get(entry.el)?.delete(entry.name);
        break;
      case 'title':
        if (entry.doc.title === entry.translated) entry.doc.title = entry.original;
        break;
      case 'lang':
        setOrRemove(entry.el, 'lang', entry.lang);
        setOrRemove(entry.el, 'dir', entry.dir);
        this.langs.delete(entry.el);
        break;
    }
  }

  private markRun(seg: RunSegment, mark: LangMark): void {
    if (seg.langHost) this.setLang(seg.langHost, mark.lang, mark.dir);
    // Kept-whole inline text (a name in translate="no") stays in the page's language: say so.
    seg.shape.atoms.forEach((i) => {
      const atom = seg.shape.inlines[i];
      if (atom && !atom.hasAttribute('lang') && LETTER.test(atom.textContent ?? '')) {
        this.setLang(atom, mark.source, mark.dir ? (mark.dir === 'rtl' ? 'ltr' : 'rtl') : null);
      }
    });
  }

  private setLang(el: Element, lang: string, dir: 'rtl' | 'ltr' | null): void {
    if (this.langs.has(el)) return;
    this.entries.push({ kind: 'lang', el, lang: el.getAttribute('lang'), dir: el.getAttribute('dir') });
    this.langs.add(el);
    el.setAttribute('lang', lang);
    if (dir) el.setAttribute('dir', dir);
  }

  private own(nodes: readonly Node[]): void {
    for (const n of nodes) this.ours.add(n);
  }

  /** Moving nodes blurs a focused element among them: give focus back, without scrolling. */
  private keepingFocus(doc: Document, change: () => void): void {
    const focused = deepActiveElement(doc);
    change();
    if (focused && focused.isConnected && deepActiveElement(doc) !== focused && 'focus' in focused) {
      (focused as HTMLElement).focus({ preventScroll: true });
    }
  }
}

/** Empties every element first, then refills: the answer may nest source elements differently. */
function swapChildren(list: [Element, Node[]][]): [Element, Node[]][] {
  const previous = list.map(([el]) => [el, Array.from(el.childNodes)] as [Element, Node[]]);
  for (const [el] of list) el.replaceChildren();
  for (const [el, children] of list) el.replaceChildren(...children);
  return previous;
}

/** Engines trim edge spaces; the page's spacing between a run and its neighbours must stay. */
function keepEdges(seg: RunSegment, nodes: Node[]): Node[] {
  const out = [...nodes];
  const lead = /^\s/.test(seg.plain);
  const trail = /\s$/.test(seg.plain);
  const first = out[0];
  const last = out[out.length - 1];
  if (lead && !(first?.nodeType === Node.TEXT_NODE && /^\s/.test(first.textContent ?? ''))) out.unshift(seg.doc.createTextNode(' '));
  if (trail && !(last?.nodeType === Node.TEXT_NODE && /\s$/.test(last.textContent ?? ''))) out.push(seg.doc.createTextNode(' '));
  return out;
}

function edges(original: string, translated: string): string {
  const lead = /^\s+/.exec(original)?.[0] ?? '';
  const trail = /\s+$/.exec(original)?.[0] ?? '';
  return lead + translated.trim() + trail;
}

function setOrRemove(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
