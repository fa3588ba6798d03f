/**
 * One translation of the page into one language, from choosing the engines to "Show original":
 * finds the page's language and the route (site translations, machine engine), asks the visitor
 * before the first use of a remote engine, runs the page translator, keeps the note on the page
 * up to date, and on any failure of the first pass restores the page fully before saying why.
 */
import type { FeatureContext } from '../../core/feature.js';
import { isRtl } from '../../core/language.js';
import { reportError } from '../../core/log.js';
import { parseTranslationConfig } from '../../translate/config.js';
import { openCache } from '../../translate/cache.js';
import { giveConsent, hasConsent } from '../../translate/consent.js';
import { isAbort, TranslationError } from '../../translate/engine.js';
import { createEngines } from '../../translate/engines/index.js';
import { sameLanguage } from '../../translate/languages.js';
import { reachable, routeFor, type Route } from '../../translate/route.js';
import { mountNote, type NoteHandle } from './note-mount.js';
import { PageTranslator } from './page-translator.js';
import { pageLanguage } from './source.js';
import { SETTING, store, type EngineInfo, type TranslateState } from './state.js';



const info = (engine: NonNullable<Route['machine']>): EngineInfo => ({ kind: engine.kind, label: engine.label, host: engine.host });

export class Session {
  private translator?: PageTranslator;
  private note?: NoteHandle;
  private ended = false;

  constructor(
    private readonly target: string,
    private readonly ctx: FeatureContext,
  ) {}

  async run(): Promise<void> {
    const { ctx, target } = this;
    store.retry = () => void this.restart();
    store.set({ phase: 'preparing', lang: target, done: 0, total: 0, failed: 0, error: null, consent: null });
    const config = parseTranslationConfig(ctx.config.translation, ctx.doc);
    const source = pageLanguage(ctx.doc, config.source, ctx.config.lang);
    store.set({ source });
    if (!source) return this.fail({ kind: 'noSource', host: null });
    if (sameLanguage(source, target)) {
      store.set({ phase: 'idle' });
      return;
    }
    const engines = createEngines(config);
    if (engines.length === 0) return this.fail({ kind: 'noEngine', host: null });
    void openCache(); // IndexedDB opens while the engines and the page are looked at
    const found = await reachable(engines, source);
    if (this.ended) return;
    const route = routeFor(found, target);
    if (!route) {
      const failure = found.failures[0];
      return this.fail(failure ? { kind: failure.error.kind, host: failure.engine.host, status: failure.error.status } : { kind: 'unsupported', host: null });
    }
    // Not awaited: the note's strings load while the page is being translated.
    void this.showNote();
    if (!(await this.agree(route))) {
      if (!this.ended) ctx.set(SETTING, 'off');
      return;
    }
    const machine = route.machine;
    store.set({
      phase: 'translating',
      engine: machine ? info(machine) : null,
      machine: !!machine?.machine,
      consent: null,
    });
    const dir = isRtl(target) === isRtl(source) ? null : isRtl(target) ? 'rtl' : 'ltr';
    const translator = new PageTranslator({
      doc: ctx.doc,
      pair: { source, target },
      route,
      privateSelectors: config.privateSelectors,
      mark: { lang: target, dir, source },
      onProgress: (p) => store.set({ ...p }),
      onLateError: (error) => store.set({ error: { kind: error.kind, host: machine?.host ?? null, status: error.status } }),
    });
    this.translator = translator;
    try {
      await translator.start();
      if (this.ended) return;
      store.set({ phase: 'done', machine: translator.machineUsed || !translator.siteUsed });
    } catch (error) {
      if (this.ended || isAbort(error)) return;
      translator.restore();
      this.translator = undefined;
      if (!(error instanceof TranslationError)) reportError('translation', error);
      const e = error instanceof TranslationError ? error : new TranslationError('invalid', String(error));
      this.fail({ kind: e.kind, host: machine?.host ?? null, status: e.status });
    }
  }

  /** Remote engines are named before the first use; browser models need a yes to download. */
  private async agree(route: Route): Promise<boolean> {
    const machine = route.machine;
    if (!machine) return true;
    if (machine.host) {
      if (hasConsent(machine.host)) return true;
      const yes = await store.askConsent({ host: machine.host, download: false, engine: info(machine) });
      if (yes) giveConsent(machine.host);
      return yes && !this.ended;
    }
    const pair = { source: store.get().source ?? '', target: this.target };
    if (machine.needsDownload && (await machine.needsDownload(pair))) {
      return (await store.askConsent({ host: null, download: true, engine: info(machine) })) && !this.ended;
    }
    return true;
  }

  private fail(error: NonNullable<TranslateState['error']>): void {
    if (this.ended) return;
    store.set({ phase: 'error', error, consent: null });
    void this.showNote();
  }

  private async showNote(): Promise<void> {
    const { ctx } = this;
    const off = () => ctx.set(SETTING, 'off');
    const note = await mountNote(ctx, this.target, {
      showOriginal: off,
      cancel: off,
      retry: () => store.retry?.(),
      accept: () => store.answerConsent(true),
      decline: () => store.answerConsent(false),
    });
    if (this.ended) note.remove();
    else this.note = note;
  }

  private async restart(): Promise<void> {
    this.translator?.restore();
    this.translator = undefined;
    await this.run();
  }

  /** "Show original": everything back as it was, the note gone. */
  end(): void {
    this.ended = true;
    store.answerConsent(false);
    this.translator?.restore();
    this.translator = undefined;
    this.note?.remove();
    this.note = undefined;
    store.reset();
  }
}
