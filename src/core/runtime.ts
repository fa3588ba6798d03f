/**
 * The runtime holds the current value of every setting, turns feature modules on and off, saves
 * preferences and tells listeners (the panel, the page's `clair:change` listeners) what changed.
 */
import type { ClairConfig } from './config.js';
import { isClairNode } from './clair-node.js';
import { dispatch, type ChangeSource } from './events.js';
import type { FeatureContext, FeatureDefinition, FeatureModule } from './feature.js';
import { HostStyles } from './host-styles.js';
import { guardAsync, reportError, warn } from './log.js';
import { PreferenceStore, type Values } from './preferences.js';
import type { Registry } from './registry.js';
import { describeAccepted, type SettingValue } from './settings.js';

/** Per-feature state the panel can show: loading, on, or failed to load. */
export type FeatureStatus = 'off' | 'loading' | 'on' | 'error';

interface Active {
  module: FeatureModule;
  abort: AbortController;
  ctx: FeatureContext;
}

/** Called with the key whose value or status changed (the panel re-renders). */
export type RuntimeListener = (key: string) => void;

export class Runtime {
  private readonly values = new Map<string, SettingValue>();
  private readonly active = new Map<string, Active>();
  private readonly status = new Map<string, FeatureStatus>();
  /** One promise chain per feature so apply/revert never interleave. */
  private readonly queues = new Map<string, Promise<void>>();
  private readonly listeners = new Set<RuntimeListener>();
  private readonly lifetime = new AbortController();
  readonly styles: HostStyles;
  readonly store: PreferenceStore;

  constructor(
    readonly registry: Registry,
    readonly config: ClairConfig,
    private readonly doc: Document = document,
  ) {
    this.styles = new HostStyles(doc);
    this.store = new PreferenceStore((id, value) => registry.validate(id, value));
  }

  /** Applies stored preferences straight away (only the features the visitor turned on load). */
  start(): Promise<void> {
    const stored = this.store.load();
    this.store.watch((values) => this.adopt(values, 'storage'), this.lifetime.signal);
    return this.adopt(stored, 'storage', false);
  }

  get(id: string): SettingValue | undefined {
    const def = this.registry.get(id);
    return def ? (this.values.get(id) ?? def.default) : undefined;
  }

  getStatus(id: string): FeatureStatus {
    return this.status.get(id) ?? 'off';
  }

  /** Changes one setting. Returns false (after a warning) for an unknown key or a bad value. */
  set(id: string, value: unknown, source: ChangeSource = 'api'): boolean {
    const def = this.registry.get(id);
    if (!def) {
      warn('CLAIR_SET', `unknown setting "${id}"; known: ${[...this.registry.settings.keys()].join(', ')}.`);
      return false;
    }
    if (this.registry.validate(id, value) !== 'ok') {
      warn('CLAIR_SET', `invalid value ${JSON.stringify(value)} for "${id}"; accepted: ${describeAccepted(def)}.`);
      return false;
    }
    this.change(def, value as SettingValue, source);
    this.persist();
    return true;
  }

  /**
   * Every setting back to its default; the page is restored exactly. Features are reverted one by
   * one in the reverse order they were turned on (a stack), so each one restores the page state it
   * saw: the reading view's saved scroll position, say, is restored after text size has shrunk back.
   */
  async reset(): Promise<void> {
    // `values` keeps insertion order: the order the visitor turned features on.
    const stack = [...this.values.keys()].filter((id) => this.active.has(id)).reverse();
    for (const def of this.registry.settings.values()) {
      if (this.get(def.id) !== def.default) this.change(def, def.default, 'reset', true, false);
    }
    this.persist();
    for (const id of stack) await this.enqueue(id, () => this.revert(id));
    await this.idle();
  }

  /** Resolves when every pending apply/revert has finished (tests and the API use it). */
  async idle(): Promise<void> {
    let size = -1;
    while (size !== this.queues.size) {
      size = this.queues.size;
      await Promise.all(this.queues.values());
    }
  }

  subscribe(listener: RuntimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening to other tabs and reverts everything (used when Clair is removed). */
  async destroy(): Promise<void> {
    this.lifetime.abort();
    const order = [...this.values.keys()].filter((id) => this.active.has(id)).reverse();
    for (const id of order) await this.enqueue(id, () => this.revert(id));
    for (const id of [...this.active.keys()]) await this.enqueue(id, () => this.revert(id));
    await this.idle();
  }

  /** Takes a whole set of values (stored ones, or another tab's) and applies the differences. */
  private async adopt(values: Values, source: ChangeSource, notify = true): Promise<void> {
    for (const def of this.registry.settings.values()) {
      if (def.persist === false) continue;
      const next = values[def.id] ?? def.default;
      if (next !== this.get(def.id)) this.change(def, next, source, notify);
    }
    await this.idle();
  }

  private change(def: FeatureDefinition, value: SettingValue, source: ChangeSource, notify = true, schedule = true): void {
    if (value === def.default) this.values.delete(def.id);
    else this.values.set(def.id, value);
    if (def.load && schedule) {
      const on = value !== def.default;
      this.enqueue(def.id, () => (on ? this.apply(def, value) : this.revert(def.id)));
    }
    if (!notify) return;
    this.notify(def.id);
    dispatch(this.doc, 'clair:change', { key: def.id, value, source });
  }

  private persist(): void {
    const values: Values = {};
    for (const [id, value] of this.values) {
      if (this.registry.get(id)?.persist !== false) values[id] = value;
    }
    // Keep stored values of settings this page does not offer.
    for (const [id, value] of Object.entries(this.store.load())) {
      if (!this.registry.get(id)) values[id] = value;
    }
    this.store.save(values);
  }

  private enqueue(id: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(() => guardAsync(`feature "${id}"`, task, undefined));
    this.queues.set(id, next);
    void next.then(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    });
    return next;
  }

  private async apply(def: FeatureDefinition, value: SettingValue): Promise<void> {
    // A later change may already have superseded this one.
    if (this.get(def.id) !== value || !def.load) return;
    let entry = this.active.get(def.id);
    if (!entry) {
      this.setStatus(def.id, 'loading');
      let module: FeatureModule;
      try {
        module = (await def.load()).default;
      } catch (error) {
        this.setStatus(def.id, 'error');
        warn('CLAIR_LOAD', `feature "${def.id}" could not be loaded; the page is unchanged.`, error);
        return;
      }
      const abort = new AbortController();
      entry = { module, abort, ctx: this.context(abort.signal) };
      this.active.set(def.id, entry);
    }
    try {
      await entry.module.apply(value, entry.ctx);
      this.setStatus(def.id, 'on');
    } catch (error) {
      reportError(`feature "${def.id}" apply`, error);
      await this.revert(def.id);
      this.setStatus(def.id, 'error');
    }
  }

  private async revert(id: string): Promise<void> {
    const entry = this.active.get(id);
    if (!entry) return;
    this.active.delete(id);
    entry.abort.abort();
    try {
      await entry.module.revert(entry.ctx);
    } finally {
      this.setStatus(id, 'off');
    }
  }

  private setStatus(id: string, status: FeatureStatus): void {
    this.status.set(id, status);
    this.notify(id);
  }

  private notify(id: string): void {
    for (const listener of this.listeners) {
      try {
        listener(id);
      } catch (error) {
        reportError('runtime listener', error);
      }
    }
  }

  private context(signal: AbortSignal): FeatureContext {
    return {
      doc: this.doc,
      styles: this.styles,
      assets: new URL(this.config.assetsUrl),
      config: this.config,
      get: (id) => this.get(id),
      set: (id, value) => void this.set(id, value, 'user'),
      signal,
      isClairNode,
    };
  }
}
