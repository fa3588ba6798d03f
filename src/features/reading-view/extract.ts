/**
 * Extraction for the reading view, in steps that each give the main thread back: copy the
 * candidate main content into an inert document (copy.ts), let Readability clean it up when it is
 * small enough to do so within a frame or two, then sanitise (sanitize.ts). Never on the live page.
 */
import { Readability } from '@mozilla/readability';
import { copyContent } from './copy.js';
import { sanitize } from './sanitize.js';
import type { Slicer } from './slices.js';

export { FORM_MARK } from './copy.js';

export interface Article {
  readonly title: string;
  readonly siteName: string;
  readonly lang: string;
  readonly dir: string;
  /** Sanitised content, owned by an inert document until it is appended to the view. */
  readonly content: DocumentFragment | null;
  /** Characters of text in the content (a view with too little is not shown). */
  readonly length: number;
  /** Elements in the content (a long one is shown in parts laid out as they scroll into view). */
  readonly elements: number;
  /** The page is too long to find its main content in reasonable time (no main landmark). */
  readonly tooLong: boolean;
}

const textLength = (node: Node | null) => node?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
/** Share of the main landmark's text Readability must keep for its result to be used. */
const KEEP_RATIO = 0.8;
/**
 * Readability is one synchronous pass that grows with the page (about 0.1 ms per element on a slow
 * machine): above this many elements it is not run. A main landmark is then shown whole (it is the
 * author's own word for the main content); a page without one is said to be too long.
 */
export const MAX_PARSE = 1500;

function measure(name: string, start: number): void {
  performance.measure?.(`clair:reading-view:${name}`, { start, end: performance.now() });
}

function parse(doc: Document): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability<Node>(doc, { charThreshold: 200, keepClasses: false, maxElemsToParse: MAX_PARSE * 2, serializer: (node: Node) => node }).parse();
  } catch {
    // Readability gives up on documents it cannot handle: the main landmark (if any) is used.
    return null;
  }
}

/**
 * Reads the main content. `scope` is the page's main landmark when it has one (Readability then
 * only has to clean it up), else the whole body. `forms` become markers the view replaces with
 * "go to the form" cards.
 */
export async function extract(doc: Document, scope: HTMLElement | null, forms: readonly HTMLFormElement[], slicer: Slicer): Promise<Article> {
  let start = performance.now();
  const copy = await copyContent(doc, scope, forms, slicer);
  measure('copy', start);
  const base = { title: doc.title, siteName: '', lang: doc.documentElement.lang || '', dir: doc.documentElement.dir || '' };
  if (copy.elements > MAX_PARSE && !scope) return { ...base, content: null, length: 0, elements: 0, tooLong: true };

  let content: DocumentFragment | null = null;
  let meta = base;
  if (copy.elements <= MAX_PARSE) {
    await slicer.pause();
    start = performance.now();
    // Readability edits the copy as it parses: keep an untouched copy of the main landmark.
    const whole = scope ? (copy.root.cloneNode(true) as Element) : null;
    const result = parse(copy.doc);
    measure('parse', start);
    await slicer.pause();
    start = performance.now();
    if (result?.content instanceof Element) content = await sanitize(result.content, slicer);
    // Readability drops link lists and cards it finds too "navigational"; the main landmark is the
    // author's own word for the main content, so when Readability keeps too little of it, the
    // whole landmark is shown instead.
    if (whole && textLength(content) < KEEP_RATIO * textLength(whole)) content = await sanitize(whole, slicer);
    measure('sanitize', start);
    meta = {
      title: (result?.title ?? '').trim() || doc.title,
      siteName: result?.siteName ?? '',
      lang: result?.lang || base.lang,
      dir: result?.dir || base.dir,
    };
  } else {
    await slicer.pause();
    start = performance.now();
    content = await sanitize(copy.root, slicer);
    measure('sanitize', start);
  }
  return { ...meta, content, length: textLength(content), elements: content?.querySelectorAll('*').length ?? 0, tooLong: false };
}
