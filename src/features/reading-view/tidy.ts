/**
 * Last touches on the sanitised content before it enters the view, so the view itself passes
 * axe-core whatever the page held: one h1 (the view's title), ids for the table of contents,
 * images without alt treated as decorative, nameless links unwrapped, wide tables scrollable and
 * reachable by keyboard.
 */
import { FORM_MARK } from './extract.js';
import type { Slicer } from './slices.js';

export interface TocEntry {
  readonly id: string;
  readonly text: string;
  readonly level: 2 | 3;
}

export interface Tidied {
  readonly toc: TocEntry[];
  /** Markers where the page's forms were, with the index of the form they stand for. */
  readonly formMarks: [Element, number][];
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function hasName(link: Element): boolean {
  if (clean(link.textContent) || clean(link.getAttribute('title'))) return true;
  return Array.from(link.querySelectorAll('img')).some((img) => clean(img.getAttribute('alt')));
}

/** Calls `fn` on each element of the list, giving the main thread back when a slice is over. */
async function each<T extends Element>(list: ArrayLike<T>, slicer: Slicer, fn: (el: T) => void): Promise<void> {
  const items = Array.from(list);
  for (let i = 0; i < items.length; i++) {
    if (i % 64 === 63) await slicer.check();
    fn(items[i]!);
  }
}

export async function tidy(content: DocumentFragment, tableLabel: string, slicer: Slicer, maxToc = 24): Promise<Tidied> {
  const doc = content.ownerDocument;
  const ids = new Set<string>();
  await each(content.querySelectorAll('[id]'), slicer, (el) => {
    if (ids.has(el.id) || el.id.startsWith('clair-rv-')) el.removeAttribute('id');
    else ids.add(el.id);
  });
  await each(content.querySelectorAll('h1'), slicer, (h1) => {
    const h2 = doc.createElement('h2');
    h2.append(...Array.from(h1.childNodes));
    if (h1.id) h2.id = h1.id;
    h1.replaceWith(h2);
  });
  const toc: TocEntry[] = [];
  let n = 0;
  await each(content.querySelectorAll('h2, h3, h4, h5, h6'), slicer, (h) => {
    const text = clean(h.textContent);
    if (!text) {
      h.remove();
      return;
    }
    if (h.tagName === 'H2' || h.tagName === 'H3') {
      const id = h.id || `clair-rv-${++n}`;
      h.id = id;
      h.setAttribute('tabindex', '-1');
      toc.push({ id, text, level: h.tagName === 'H2' ? 2 : 3 });
    }
  });
  await each(content.querySelectorAll('img'), slicer, (img) => {
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  });
  await each(content.querySelectorAll('a'), slicer, (a) => {
    if (!a.hasAttribute('href') || !hasName(a)) unwrap(a);
  });
  await each(content.querySelectorAll('table'), slicer, (table) => {
    if (table.parentElement?.closest('table')) return;
    const wrap = doc.createElement('div');
    wrap.className = 'table';
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('aria-label', clean(table.querySelector('caption')?.textContent) || tableLabel);
    table.replaceWith(wrap);
    wrap.append(table);
  });
  // Readability turns some divs into paragraphs: keep lists and description lists well formed.
  await each(content.querySelectorAll('dl'), slicer, (dl) => {
    for (const child of Array.from(dl.children)) if (!/^(DT|DD|DIV)$/.test(child.tagName)) unwrap(child);
  });
  await each(content.querySelectorAll('ul, ol'), slicer, (list) => {
    for (const child of Array.from(list.children)) {
      if (child.tagName === 'LI') continue;
      const li = doc.createElement('li');
      child.replaceWith(li);
      li.append(child);
    }
  });
  const formMarks = Array.from(content.querySelectorAll(`[${FORM_MARK}]`)).map((el): [Element, number] => [el, Number(el.getAttribute(FORM_MARK))]);
  // A long outline is no longer a short table of contents: keep the top level only.
  const short = toc.length > maxToc ? toc.filter((e) => e.level === 2).slice(0, maxToc) : toc;
  return { toc: short, formMarks };
}
