/**
 * The public API (`window.Clair` and the ESM export). This is the composition root: it wires the
 * core (config, registry, preferences, runtime) to the toolbar. Nothing runs at import time.
 * Every method is guarded: Clair never throws into the host page.
 */
import { parseConfig, type ClairConfig, type ClairConfigInput } from './core/config.js';
import { CLAIR_UI_ATTR } from './core/clair-node.js';
import { dispatch } from './core/events.js';
import { guard, guardAsync, warn } from './core/log.js';
import type { FeatureInfo } from './core/registry.js';
import type { Runtime } from './core/runtime.js';
import type { SettingValue } from './core/settings.js';
import { VERSION } from './core/version.js';
import { ClairToolbar } from './ui/toolbar/clair-toolbar.js';

export interface ClairApi {
  readonly version: string;
  /** Starts Clair with this configuration (the script tag does it for you). Once per page. */
  init(config?: ClairConfigInput): Promise<void>;
  /** Opens the panel and moves focus into it. */
  open(): Promise<void>;
  /** Closes the panel. */
  close(): void;
  /** Current value of a setting, or undefined for an unknown key. */
  get(key: string): SettingValue | undefined;
  /** Changes a setting. Unknown keys and invalid values warn and change nothing (returns false). */
  set(key: string, value: SettingValue): boolean;
  /** Every setting back to its default; resolves when the page is restored. */
  reset(): Promise<void>;
  /** The registry as plain data: id, group, type, default, choices or range. */
  features(): FeatureInfo[];
  /** Resolves when every pending change has been applied to the page. */
  settled(): Promise<void>;
}

interface Started {
  runtime: Runtime;
  toolbar: ClairToolbar;
  config: ClairConfig;
}

const TAG = 'clair-toolbar';

export function createClair(): ClairApi {
  let started: Started | undefined;
  let starting: Promise<void> | undefined;

  const whenStarted = <T>(what: string, fallback: T, fn: (s: Started) => T): T => {
    if (!started) {
      warn('CLAIR_NOT_READY', `Clair.${what}() was called before Clair started; wait for the "clair:ready" event.`);
      return fallback;
    }
    const s = started;
    return guard(`Clair.${what}`, () => fn(s), fallback);
  };

  async function start(input: ClairConfigInput | undefined): Promise<void> {
    if (document.querySelector(TAG)) {
      warn('CLAIR_DUPLICATE', 'Clair is already running on this page; the second copy is ignored.');
      return;
    }
    const config = parseConfig(input);
    // Stored preferences load in parallel with the launcher, so a returning visitor's page is
    // adapted as early as possible and the launcher never waits for them.
    const booting = import('./boot-runtime.js').then((m) => m.startRuntime(config));
    ClairToolbar.define(TAG);
    const toolbar = document.createElement(TAG) as unknown as ClairToolbar;
    toolbar.runtimeReady = booting.then((b) => b.runtime);
    toolbar.config = config;
    toolbar.loadPanel = async () => (await import('./ui/panel/index.js')).createPanel;
    toolbar.setAttribute(CLAIR_UI_ATTR, '');
    // A child of <html>, outside <body>: the page's body styles, filters and transforms never reach it.
    document.documentElement.append(toolbar);
    const { runtime, applied } = await booting;
    started = { runtime, toolbar, config };
    await Promise.all([applied, toolbar.updateComplete]);
    dispatch(document, 'clair:ready', { version: VERSION });
  }

  const api: ClairApi = {
    version: VERSION,
    init(config) {
      if (typeof document === 'undefined') return Promise.resolve();
      if (starting) {
        warn('CLAIR_DUPLICATE', 'Clair.init() was called again; the first configuration stays in effect.');
        return starting;
      }
      // window.Clair for sites that use the ESM build and scripts that expect the global.
      const global = window as unknown as { Clair?: ClairApi };
      global.Clair ??= api;
      starting = guardAsync('Clair.init', () => start(config), undefined);
      return starting;
    },
    open: () => whenStarted('open', Promise.resolve(), (s) => s.toolbar.show()),
    close: () => whenStarted('close', undefined, (s) => s.toolbar.hide()),
    get: (key) => whenStarted('get', undefined, (s) => s.runtime.get(key)),
    set: (key, value) => whenStarted('set', false, (s) => s.runtime.set(key, value, 'api')),
    reset: () => whenStarted('reset', Promise.resolve(), (s) => s.runtime.reset()),
    features: () => whenStarted('features', [], (s) => s.runtime.registry.info()),
    settled: () => whenStarted('settled', Promise.resolve(), (s) => s.runtime.idle()),
  };
  return Object.freeze(api);
}
