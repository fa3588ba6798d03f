/**
 * The plain-language module: loads the glossaries, marks the page's terms (in time slices, so a
 * long page never blocks the main thread), marks content the page adds later (mutations batched,
 * only the added nodes are walked), and on revert takes every mark out, leaving the page's text
 * nodes exactly as they were.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { primarySubtag } from '../../core/language.js';
import { reportError, warn } from '../../core/log.js';
import { yieldToPage } from '../../core/yield-to-page.js';
import { loadGlossaries, pageLanguages } from './glossary.js';
import { Marker, TERM_TAG } from './marker.js';
import { Matcher, type Entry } from './matcher.js';
import { pageCss, tipCss } from './plain-language.styles.js';
import { Terms } from './term.js';

const OWNER = 'plain-language';
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
let compiled: { readonly key: string; readonly matchers: ReadonlyMap<string, Matcher> } | undefined;

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

/** Main-thread time a marking pass took, in slices (for `performance` entries and the bench). */
interface Work {
  total: number;
  slices: number;
  longest: number;
  texts: number;
}

/** Marks under each root, a slice at a time. */
async function markRoots(s: State, roots: readonly Node[]): Promise<Work> {
  const { ctx } = s;
  const work: Work = { total: 0, slices: 0, longest: 0, texts: 0 };
  const seen = new Map<number, Set<Entry>>();
  let start = performance.now();
  for (const root of roots) {
    if (ctx.signal.aborted) break;
    if (!root.isConnected || !s.marker.markable(root)) continue;
    const found = s.marker.collect(root);
    work.texts += found.length;
    let i = 0;
    while (i < found.length && !ctx.signal.aborted) {
      quietly(s, () => (i = s.marker.mark(found, i, start + SLICE_MS, seen)));
      if (i < found.length) {
        record(work, performance.now() - start);
        await yieldToPage();
        start = performance.now();
      }
    }
  }
  record(work, performance.now() - start);
  return work;
}

function record(work: Work, duration: number): void {
  work.total += duration;
  work.slices++;
  work.longest = Math.max(work.longest, duration);
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
      if (s.marker.owns(node) || s.terms.isTip(node) || (node instanceof Element && node.localName === TERM_TAG)) continue;
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
    s.work = s.work.then(async () => void (await markRoots(s, roots))).catch((error: unknown) => reportError('plain-language marking', error));
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
    const langs = pageLanguages(doc, fallbackLang);
    // Turning the feature off and on again reuses the glossaries and their tries.
    const key = JSON.stringify([ctx.config.glossary, [...langs].sort()]);
    let matchers = compiled?.key === key ? compiled.matchers : undefined;
    if (!matchers) {
      const glossaries = await loadGlossaries(ctx, langs);
      if (glossaries.size === 0) {
        warn('CLAIR_GLOSSARY', 'no glossary is available for the languages of this page; nothing is marked.');
      }
      // One task per trie, none with the marking: no long task on a slow device.
      const built = new Map<string, Matcher>();
      for (const [lang, entries] of glossaries) {
        await yieldToPage();
        if (ctx.signal.aborted) return;
        built.set(lang, new Matcher(entries));
      }
      await yieldToPage();
      if (ctx.signal.aborted) return;
      matchers = built;
      compiled = { key, matchers };
    }
    const view = doc.defaultView ?? window;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(tipCss(ctx.config.accent));
    ctx.styles.set(OWNER, pageCss);
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
    const pass = markRoots(s, [doc.body]);
    s.work = pass.then(() => undefined);
    const work = await pass;
    // User Timing entries for site owners and `npm run bench`: glossary loading, and the marking
    // pass (wall time, and main-thread time in slices).
    performance.mark?.('clair:plain-language:marked');
    performance.measure?.('clair:plain-language:prepare', 'clair:plain-language:start', 'clair:plain-language:ready');
    performance.measure?.('clair:plain-language:mark', {
      start: 'clair:plain-language:ready',
      end: 'clair:plain-language:marked',
      detail: { ...work, marks: marker.count },
    });
  },

  async revert(ctx) {
    ctx.styles.remove(OWNER);
    const s = state;
    if (!s) return;
    state = undefined;
    s.observer.disconnect();
    if (s.timer !== undefined) clearTimeout(s.timer);
    s.pending.clear();
    s.terms.dispose();
    // Thousands of marks on a very long page: taken out in slices too.
    while (!s.marker.unmark(performance.now() + SLICE_MS)) await yieldToPage();
  },
};

export default feature;
