/**
 * The plain-language module: loads the glossaries, marks the page's terms (in time slices, so a
 * long page never blocks the main thread), marks content the page adds later (mutations batched,
 * only the added nodes are walked), and on revert takes every mark out, leaving the page's text
 * nodes exactly as they were.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { primarySubtag } from '../../core/language.js';
import { reportError, warn } from '../../core/log.js';
import { loadGlossaries, pageLanguages } from './glossary.js';
import { Marker, TERM_TAG } from './marker.js';
import { Matcher, type Entry } from './matcher.js';
import { css } from './plain-language.styles.js';
import { Terms } from './term.js';

/** Work per slice: well under the 50 ms of a long task. */
const SLICE_MS = 30;
/** Mutations are gathered this long before the added content is marked (bursts become one pass). */
const BATCH_MS = 100;

interface State {
  readonly ctx: FeatureContext;
  readonly marker: Marker;
  readonly terms: Terms;
  readonly observer: MutationObserver;
  readonly pending: Set<Node>;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Marking passes run one after the other. */
  work: Promise<void>;
}

let state: State | undefined;

const nextTask = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) void scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Runs `fn` with the observer off, so Clair's own marks are not seen as page changes. */
function quietly(s: State, fn: () => void): void {
  handle(s, s.observer.takeRecords());
  s.observer.disconnect();
  try {
    fn();
  } finally {
    s.observer.observe(s.ctx.doc.body, OBSERVE);
  }
}

/** Marks under each root, a slice at a time. */
async function markRoots(s: State, roots: readonly Node[]): Promise<void> {
  const { ctx } = s;
  const seen = new Map<number, Set<Entry>>();
  for (const root of roots) {
    if (ctx.signal.aborted) return;
    if (!root.isConnected || !s.marker.markable(root)) continue;
    const found = s.marker.collect(root);
    let i = 0;
    while (i < found.length && !ctx.signal.aborted) {
      const deadline = performance.now() + SLICE_MS;
      quietly(s, () => (i = s.marker.mark(found, i, deadline, seen)));
      if (i < found.length) await nextTask();
    }
  }
}

/** Page mutations: new content is queued; text Clair had cut and the page rewrote is repaired. */
function handle(s: State, records: readonly MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'characterData') {
      const original = s.marker.splitOf(record.target);
      if (original) {
        // The page wrote into a node Clair had cut: keep the page's text, drop Clair's pieces.
        if (original === record.target) s.marker.drop(original);
        else s.marker.unsplit(original);
      }
      s.pending.add(original ?? record.target);
      continue;
    }
    for (const node of record.removedNodes) {
      if (node instanceof Text && s.marker.splitOf(node) === node) s.marker.drop(node);
    }
    for (const node of record.addedNodes) {
      if (s.marker.owns(node) || (node instanceof Element && node.localName === TERM_TAG)) continue;
      if (node instanceof Element || node instanceof Text) s.pending.add(node);
    }
  }
  schedule(s);
}

function schedule(s: State): void {
  if (s.pending.size === 0 || s.timer !== undefined || s.ctx.signal.aborted) return;
  s.timer = setTimeout(() => {
    s.timer = undefined;
    const roots = [...s.pending].filter((node) => !hasPendingAncestor(node, s.pending));
    s.pending.clear();
    s.work = s.work.then(() => markRoots(s, roots)).catch((error: unknown) => reportError('plain-language marking', error));
  }, BATCH_MS);
}

function hasPendingAncestor(node: Node, pending: ReadonlySet<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (pending.has(p)) return true;
  return false;
}

const feature: FeatureModule<boolean> = {
  async apply(_on, ctx) {
    if (state) return;
    const doc = ctx.doc;
    performance.mark?.('clair:plain-language:start');
    const fallbackLang = primarySubtag(doc.documentElement.lang) || 'fr';
    const glossaries = await loadGlossaries(ctx, pageLanguages(doc, fallbackLang));
    if (ctx.signal.aborted) return;
    if (glossaries.size === 0) {
      warn('CLAIR_GLOSSARY', 'no glossary is available for the languages of this page; nothing is marked.');
    }
    const matchers = new Map([...glossaries].map(([lang, entries]) => [lang, new Matcher(entries)] as const));
    const view = doc.defaultView ?? window;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css(ctx.config.accent));
    const terms = new Terms(doc, sheet, ctx.signal);
    const marker = new Marker(doc, matchers, fallbackLang, ctx.isClairNode, terms.create);
    const s: State = {
      marker,
      terms,
      ctx,
      observer: new MutationObserver((records) => handle(s, records)),
      pending: new Set(),
      timer: undefined,
      work: Promise.resolve(),
    };
    state = s;
    s.observer.observe(doc.body, OBSERVE);
    performance.mark?.('clair:plain-language:ready');
    s.work = markRoots(s, [doc.body]);
    await s.work;
    performance.mark?.('clair:plain-language:marked');
    performance.measure?.('clair:plain-language:prepare', 'clair:plain-language:start', 'clair:plain-language:ready');
    performance.measure?.('clair:plain-language:mark', 'clair:plain-language:ready', 'clair:plain-language:marked');
  },

  revert() {
    const s = state;
    if (!s) return;
    state = undefined;
    s.observer.disconnect();
    if (s.timer !== undefined) clearTimeout(s.timer);
    s.pending.clear();
    s.terms.close();
    s.marker.unmarkAll();
  },
};

export default feature;
