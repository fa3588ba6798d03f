/**
 * Translates one page into one language and keeps it translated:
 * 1. walks the page in time slices (no long task), viewport first;
 * 2. site translations, then the device cache, then the machine engine for what is left, in
 *    calls that respect the engine's limits (size, count, calls in flight);
 * 3. writes each answer as it arrives, through the journal (so it can all be undone);
 * 4. watches for content added later and translates it in batches, without re-walking the page.
 * A failure of the engine during the first pass rejects `start()`: the caller restores the page,
 * so it is never left half-translated.
 */
import { isClairNode } from '../../core/clair-node.js';
import { yieldToPage } from '../../core/yield-to-page.js';
import { cacheKey, mayHaveEntries, noteEntries, openCache, type TranslationCache } from '../../translate/cache.js';
import { looksWrong } from '../../translate/check.js';
import { isAbort, TranslationError, type LanguagePair, type TranslationEngine } from '../../translate/engine.js';
import { Limiter, pack, utf8Length } from '../../translate/limit.js';
import { MARKER_OVERHEAD } from '../../translate/markers.js';
import type { Route } from '../../translate/route.js';
import { attributes, containerOf, insideSkipped, titleSegment, walkRoot, type Segment, type WalkContext } from './collect.js';
import { Journal, type LangMark } from './journal.js';
import { unitOf, type Outcome, type Unit } from './units.js';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

export interface PageOptions {
  readonly doc: Document;
  readonly pair: LanguagePair;
  readonly route: Route;
  readonly privateSelectors: readonly string[];
  readonly mark: LangMark;
  onProgress(progress: Progress): void;
  /** Content added later could not be translated (the rest of the page stays translated). */
  onLateError(error: TranslationError): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['title', 'alt', 'placeholder', 'aria-label', 'value', 'label'],
};
/** Content added later waits this long for more to come, then goes in one batch. */
const BATCH_DELAY = 80;
const SLICE_MS = 25;

const limiters = new WeakMap<TranslationEngine, Limiter>();
const limiter = (engine: TranslationEngine) => {
  let l = limiters.get(engine);
  if (!l) limiters.set(engine, (l = new Limiter(engine.limits.maxInFlight)));
  return l;
};

const tagless = (html: string) => html.replace(/<[^>]*>/g, ' ');

export class PageTranslator {
  readonly journal = new Journal();
  private readonly lifetime = new AbortController();
  private readonly pending = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private readonly frames = new WeakSet<Element>();
  private readonly ctx: WalkContext;
  private dirty = new Set<Node>();
  private dirtyAttrs = new Set<Element>();
  private titleDirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private progress = { done: 0, total: 0, failed: 0 };
  /** Whether any passage came from the site's own translations, or from the machine engine. */
  siteUsed = false;
  machineUsed = false;
  private cache?: Promise<TranslationCache>;

  constructor(private readonly options: PageOptions) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.ctx = {
      source: options.pair.source,
      privateSelector: options.privateSelectors.join(','),
      isOurs: (n) => this.journal.isOurs(n) || this.pending.has(n),
      isOursAttr: (el, name) => this.journal.isOursAttr(el, name),
      isOurLang: (el) => this.journal.isOurLang(el),
      onShadowRoot: (root) => this.observe(root),
      onFrame: (frame, doc) => this.watchFrame(frame, doc),
    };
  }

  get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  /** Translates the page; resolves when every passage found has an outcome. */
  async start(): Promise<void> {
    const { doc } = this.options;
    if (!doc.body) return;
    this.observe(doc.body);
    const title = doc.querySelector('head > title');
    if (title) this.observe(title);
    this.cache = this.options.route.machine ? openCache() : undefined;
    const segments = await this.collect([doc.body]);
    const titleSeg = titleSegment(doc);
    if (titleSeg) segments.unshift(titleSeg);
    await this.translate(this.byViewport(segments), this.lifetime.signal);
  }

  /** Stops everything (pending calls are cancelled); the page keeps what was written. */
  stop(): void {
    this.lifetime.abort();
    clearTimeout(this.timer);
    this.observer.disconnect();
  }

  /** Stops and restores the page exactly. */
  restore(): void {
    this.stop();
    this.journal.restore();
  }

  private async collect(roots: readonly Node[]): Promise<Segment[]> {
    const segments: Segment[] = [];
    let slice = performance.now();
    for (const root of roots) {
      if (!root.isConnected || insideSkipped(root, this.ctx) || isClairNode(root)) continue;
      for (const _ of walkRoot(root, this.ctx, segments)) {
        if (performance.now() - slice < SLICE_MS) continue;
        await yieldToPage();
        if (this.lifetime.signal.aborted) throw new TranslationError('aborted', 'cancelled');
        slice = performance.now();
      }
    }
    for (const s of segments) if (s.kind === 'run') for (const n of s.nodes) this.pending.add(n);
    return segments;
  }

  /** Passages on screen first, then the rest of the page, then what is not displayed. */
  private byViewport(segments: Segment[]): Segment[] {
    const { doc } = this.options;
    const height = doc.defaultView?.innerHeight ?? 800;
    const rank = (s: Segment) => {
      const el = s.kind === 'title' ? null : s.kind === 'attr' ? s.el : s.langHost;
      if (!el) return 0;
      if (el.ownerDocument !== doc) return 1;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return 2;
      return rect.bottom >= 0 && rect.top <= height ? 0 : 1;
    };
    const ranks = new Map(segments.map((s) => [s, rank(s)]));
    return [...segments].sort((a, b) => (ranks.get(a) ?? 1) - (ranks.get(b) ?? 1));
  }

  /** `segments` in the order they should be translated (what is on screen first). */
  private async translate(segments: Segment[], signal: AbortSignal): Promise<void> {
    if (segments.length === 0) return;
    const { route } = this.options;
    this.progress.total += segments.length;
    this.report();
    let left = segments;
    if (route.site) left = await this.fromSite(route.site, left, signal);
    const machine = route.machine;
    if (!machine) {
      this.finish(left.map((s) => unitOf(s, true)), left.map(() => 'failed'));
      return;
    }
    const units = await this.fromCache(machine, left.map((s) => unitOf(s, machine.markup)));
    const overhead = machine.kind === 'apertium' ? MARKER_OVERHEAD : 0;
    const length = machine.limits.countBytes ? utf8Length : (f: string) => f.length;
    const size = (u: Unit) => u.fragments.reduce((n, f) => n + length(f) + overhead, 0);
    const { maxChars, maxFragments } = machine.limits;
    const inner = new AbortController();
    const stopAll = () => inner.abort();
    signal.addEventListener('abort', stopAll, { once: true });
    const run = (calls: Unit[][]) =>
      Promise.all(
        calls.map(async (call) => {
          try {
            await this.call(machine, call, inner.signal);
          } catch (error) {
            inner.abort();
            throw error;
          }
        }),
      );
    try {
      // Full calls, what is on screen first; the limiter hands out slots in order. No small call
      // of its own for the screen's last passages: the engine answers calls one after another,
      // and a short one leaves it idle while the page writes the previous answer (measured: 5
      // calls took 60–80 ms longer than the same text in 4).
      await run(pack(units, size, maxChars, maxFragments));
    } finally {
      signal.removeEventListener('abort', stopAll);
    }
  }

  /** One engine call: ask, refuse a wrong language, write, count, remember. */
  private async call(machine: TranslationEngine, call: Unit[], signal: AbortSignal): Promise<void> {
    const { pair } = this.options;
    const answers = await limiter(machine).run(() => ask(machine, call, pair, signal));
    const sources = call.flatMap((u) => u.sources);
    if (looksWrong(sources, answers.flat().map((a) => tagless(a ?? '')), pair.source, pair.target)) {
      throw new TranslationError('wrongLanguage', `${machine.label} did not answer in ${pair.target}`);
    }
    const outcomes = await this.write(call, answers);
    this.machineUsed ||= outcomes.includes('done');
    // Stored before the call counts as finished: a visitor who moves on at once finds it all cached.
    await this.remember(machine, call, answers, outcomes);
    this.finish(call, outcomes);
  }

  /** The site's own translations; what they do not cover is returned for the machine engine. */
  private async fromSite(site: TranslationEngine, segments: Segment[], signal: AbortSignal): Promise<Segment[]> {
    const units = segments.map((s) => unitOf(s, true));
    let answers: (string | null)[][];
    try {
      answers = await ask(site, units, this.options.pair, signal);
    } catch (error) {
      if (isAbort(error) || !this.options.route.machine) throw error;
      return segments; // no site file: the machine engine does it all
    }
    const found: Unit[] = [];
    const foundAnswers: (string | null)[][] = [];
    const rest: Segment[] = [];
    units.forEach((u, i) => {
      const a = answers[i];
      if (a && a[0] != null) {
        found.push(u);
        foundAnswers.push(a);
      } else rest.push(u.seg);
    });
    const outcomes = await this.write(found, foundAnswers);
    this.siteUsed ||= outcomes.includes('done');
    const machine = !!this.options.route.machine;
    // A site translation that cannot be used goes to the machine engine, if there is one.
    const final = found.filter((_, i) => outcomes[i] !== 'failed' || !machine);
    this.finish(final, outcomes.filter((o) => o !== 'failed' || !machine));
    found.forEach((u, i) => {
      if (outcomes[i] === 'failed' && machine) rest.push(u.seg);
    });
    return rest;
  }

  /** Answers kept on the device; a cached answer that no longer fits is asked again. */
  private async fromCache(engine: TranslationEngine, units: Unit[]): Promise<Unit[]> {
    const { pair } = this.options;
    if (units.length === 0 || !mayHaveEntries(engine.id, pair)) return units;
    const cache = await this.cache;
    if (!cache) return units;
    const values = await cache.getMany(units.flatMap((u) => u.fragments.map((f) => cacheKey(engine.id, pair, f))));
    let k = 0;
    const hits: Unit[] = [];
    const hitAnswers: (string | null)[][] = [];
    const misses: Unit[] = [];
    for (const unit of units) {
      const answers = unit.fragments.map(() => values[k++] ?? null);
      if (answers.every((a) => a !== null)) {
        hits.push(unit);
        hitAnswers.push(answers);
      } else misses.push(unit);
    }
    const outcomes = await this.write(hits, hitAnswers);
    this.machineUsed ||= outcomes.includes('done');
    this.finish(hits.filter((_, i) => outcomes[i] !== 'failed'), outcomes.filter((o) => o !== 'failed'));
    return [...misses, ...hits.filter((_, i) => outcomes[i] === 'failed')];
  }

  private async remember(engine: TranslationEngine, units: Unit[], answers: (string | null)[][], outcomes: Outcome[]): Promise<void> {
    const cache = await this.cache;
    if (!cache) return;
    const { pair } = this.options;
    const entries: [string, string][] = [];
    units.forEach((u, i) => {
      if (outcomes[i] === 'failed') return;
      u.fragments.forEach((f, j) => {
        const a = answers[i]?.[j];
        if (a != null) entries.push([cacheKey(engine.id, pair, f), a]);
      });
    });
    await cache.putMany(entries);
    if (entries.length > 0) noteEntries(engine.id, pair);
  }

  /** Applies answers in time slices; Clair's own writes never reach the mutation handler. */
  private async write(units: readonly Unit[], answers: readonly (readonly (string | null)[])[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let i = 0;
    while (i < units.length) {
      if (this.lifetime.signal.aborted) throw new TranslationError('aborted', 'cancelled');
      const started = performance.now();
      this.takeRecords();
      while (i < units.length && performance.now() - started < SLICE_MS) {
        const unit = units[i];
        if (unit) outcomes.push(unit.apply(answers[i] ?? [], this.journal, this.options.mark));
        i++;
      }
      this.observer.takeRecords(); // our own changes
      if (i < units.length) await yieldToPage();
    }
    return outcomes;
  }

  /** Counts final outcomes; a passage the page changed meanwhile is walked again. */
  private finish(units: readonly Unit[], outcomes: readonly Outcome[]): void {
    outcomes.forEach((outcome, i) => {
      this.progress.done++;
      if (outcome === 'failed') this.progress.failed++;
      const seg = units[i]?.seg;
      if (outcome !== 'stale' || !seg) return;
      if (seg.kind === 'run') {
        for (const n of seg.nodes) this.pending.delete(n);
        this.dirty.add(seg.parent);
      } else if (seg.kind === 'attr') this.dirtyAttrs.add(seg.el);
      else this.titleDirty = true;
      this.schedule();
    });
    this.report();
  }

  private report(): void {
    this.options.onProgress({ ...this.progress });
  }

  // ——— content added later ———

  private observe(node: Node): void {
    if (this.observed.has(node)) return;
    this.observed.add(node);
    this.observer.observe(node, OBSERVE);
  }

  private watchFrame(frame: Element, doc: Document): void {
    if (doc.body) this.observe(doc.body);
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    frame.addEventListener(
      'load',
      () => {
        const body = (frame as HTMLIFrameElement).contentDocument?.body;
        if (body) {
          this.dirty.add(body);
          this.schedule();
        }
      },
      { signal: this.lifetime.signal },
    );
  }

  /** Page changes that arrived before Clair writes are handled, not lost. */
  private takeRecords(): void {
    const records = this.observer.takeRecords();
    if (records.length) this.onRecords(records);
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (isClairNode(target)) continue;
      if (r.type === 'attributes') {
        this.dirtyAttrs.add(target as Element);
      } else if (r.type === 'characterData') {
        if (this.journal.isOurs(target)) this.journal.disown(target);
        const container = containerOf(target);
        if (container) this.dirty.add(container);
      } else if (target.nodeType === Node.ELEMENT_NODE && (target as Element).localName === 'title') {
        this.titleDirty = true;
      } else {
        for (const added of Array.from(r.addedNodes)) {
          if (this.ctx.isOurs(added) || isClairNode(added)) continue;
          const container = containerOf(added);
          if (container) this.dirty.add(container);
        }
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.lifetime.signal.aborted) return;
    if (this.dirty.size === 0 && this.dirtyAttrs.size === 0 && !this.titleDirty) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flushLater();
    }, BATCH_DELAY);
  }

  private async flushLater(): Promise<void> {
    const roots = [...this.dirty].filter((n, _, all) => !all.some((o) => o !== n && o.contains(n)));
    const attrEls = [...this.dirtyAttrs];
    const title = this.titleDirty;
    this.dirty = new Set();
    this.dirtyAttrs = new Set();
    this.titleDirty = false;
    try {
      const segments = await this.collect(roots);
      for (const el of attrEls) {
        if (!el.isConnected || insideSkipped(el, this.ctx)) continue;
        const found: Segment[] = [];
        attributes(el, el.ownerDocument, this.ctx, found);
        for (const s of found) {
          if (s.kind === 'attr' && !segments.some((o) => o.kind === 'attr' && o.el === el && o.name === s.name)) segments.push(s);
        }
      }
      const doc = this.options.doc;
      const titleSeg = title ? titleSegment(doc) : null;
      if (titleSeg && !this.journal.isOurTitle(doc)) segments.push(titleSeg);
      await this.translate(segments, this.lifetime.signal);
    } catch (error) {
      if (isAbort(error)) return;
      this.options.onLateError(error instanceof TranslationError ? error : new TranslationError('invalid', String(error)));
    }
  }
}

/** One engine call for several units: their fragments in one list, answers split back per unit. */
async function ask(engine: TranslationEngine, units: readonly Unit[], pair: LanguagePair, signal: AbortSignal): Promise<(string | null)[][]> {
  const fragments = units.flatMap((u) => u.fragments);
  const answers = fragments.length ? await engine.translate(fragments, pair, signal) : [];
  if (answers.length !== fragments.length) throw new TranslationError('invalid', `${engine.label} answered ${answers.length} texts for ${fragments.length}`);
  let k = 0;
  return units.map((u) => u.fragments.map(() => answers[k++] ?? null));
}
