/**
 * Last touches on the sanitised content before it enters the view, so the view itself passes
 * axe-core whatever the page held: one h1 (the view's title), ids for the table of contents,
 * images without alt treated as decorative, nameless links unwrapped, wide tables scrollable and
 * reachable by keyboard.
 */
import { FORM_MARK } from './extract.js';

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

export function tidy(content: DocumentFragment, tableLabel: string, maxToc = 24): Tidied {
  const doc = content.ownerDocument;
  const ids = new Set<string>();
  for (const el of Array.from(content.querySelectorAll('[id]'))) {
    if (ids.has(el.id) || el.id.startsWith('clair-rv-')) el.removeAttribute('id');
    else ids.add(el.id);
  }
  for (const h1 of Array.from(content.querySelectorAll('h1'))) {
    const h2 = doc.createElement('h2');
    h2.append(...Array.from(h1.childNodes));
    if (h1.id) h2.id = h1.id;
    h1.replaceWith(h2);
  }
  const toc: TocEntry[] = [];
  let n = 0;
  for (const h of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const text = clean(h.textContent);
    if (!text) {
      h.remove();
      continue;
    }
    if (h.tagName === 'H2' || h.tagName === 'H3') {
      const id = h.id || `clair-rv-${++n}`;
      h.id = id;
      h.setAttribute('tabindex', '-1');
      toc.push({ id, text, level: h.tagName === 'H2' ? 2 : 3 });
    }
  }
  for (const img of Array.from(content.querySelectorAll('img'))) {
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  for (const a of Array.from(content.querySelectorAll('a'))) {
    if (!a.hasAttribute('href') || !hasName(a)) unwrap(a);
  }
  for (const table of Array.from(content.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    const wrap = doc.createElement('div');
    wrap.className = 'table';
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('aria-label', clean(table.querySelector('caption')?.textContent) || tableLabel);
    table.replaceWith(wrap);
    wrap.append(table);
  }
  // Readability turns some divs into paragraphs: keep lists and description lists well formed.
  for (const dl of Array.from(content.querySelectorAll('dl'))) {
    for (const child of Array.from(dl.children)) if (!/^(DT|DD|DIV)$/.test(child.tagName)) unwrap(child);
  }
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    for (const child of Array.from(list.children)) {
      if (child.tagName === 'LI') continue;
      const li = doc.createElement('li');
      child.replaceWith(li);
      li.append(child);
    }
  }
  const formMarks = Array.from(content.querySelectorAll(`[${FORM_MARK}]`)).map((el): [Element, number] => [el, Number(el.getAttribute(FORM_MARK))]);
  // A long outline is no longer a short table of contents: keep the top level only.
  const short = toc.length > maxToc ? toc.filter((e) => e.level === 2).slice(0, maxToc) : toc;
  return { toc: short, formMarks };
}
