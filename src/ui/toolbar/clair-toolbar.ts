/**
 * @summary Clair's host element: the launcher button, and the panel once the visitor opens it.
 * Part of the start-up bundle, so it stays small: the panel, i18next and Floating UI load on the
 * first open. The launcher's name comes from the same locale files, extracted at build time.
 *
 * The launcher and panel live in the browser's top layer (popover="manual") so no page z-index can
 * cover them; with a numeric `zIndex` option they use ordinary fixed positioning instead.
 */
import { html, nothing } from 'lit';
import launcherStrings from 'virtual:clair-launcher-strings';
import type { ClairConfig, Position } from '../../core/config.js';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import { isRtl, resolveUiLanguage, toUiLanguage, type UiLanguage } from '../../core/language.js';
import { guard, guardAsync, warn } from '../../core/log.js';
import type { Runtime } from '../../core/runtime.js';
import { matchesShortcut, shortcutKey } from '../../core/shortcut.js';
import { ClairElement } from '../base/clair-element.js';
import { deepActiveElement } from '../base/focus.js';
import { styles } from './clair-toolbar.styles.js';

/** What the panel module gives back: an element plus the calls the toolbar needs. */
export interface PanelHandle {
  readonly element: HTMLElement;
  show(): void;
  hide(): void;
  setLanguage(lang: UiLanguage): Promise<void>;
}

export type PanelFactory = (options: {
  runtime: Runtime;
  config: ClairConfig;
  lang: UiLanguage;
  launcher: HTMLElement;
}) => Promise<PanelHandle>;

export class ClairToolbar extends ClairElement {
  static override styles = styles;

  static override properties = {
    open: { state: true },
    uiLang: { state: true },
    position: { state: true },
    failed: { state: true },
  };

  /** Set by the owner before the element is connected. */
  config!: ClairConfig;
  /** The runtime arrives in its own chunk, after the launcher is on screen. */
  runtimeReady!: Promise<Runtime>;
  private runtime?: Runtime;
  loadPanel!: () => Promise<PanelFactory>;

  protected open = false;
  protected uiLang: UiLanguage = 'fr';
  protected position: Position = 'bottom-right';
  protected failed = false;
  private panel?: PanelHandle;
  private panelLoading?: Promise<PanelHandle | undefined>;
  private listeners?: AbortController;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute(CLAIR_UI_ATTR, '');
    // Hostile page CSS (`* { display: none !important }`, `all: unset`) loses to inline !important.
    for (const [prop, value] of HOST_STYLE) this.style.setProperty(prop, value, 'important');
    this.style.setProperty('--clair-accent', this.config.accent);
    if (this.config.zIndex !== 'auto') this.style.setProperty('--clair-z', String(this.config.zIndex));
    this.syncFromRuntime();
    void this.runtimeReady.then((runtime) => {
      this.runtime = runtime;
      this.syncFromRuntime();
      this.unsubscribe = runtime.subscribe((key) => {
        if (key === 'uiLanguage' || key === 'launcherPosition') this.syncFromRuntime();
      });
    });
    this.listeners = new AbortController();
    document.addEventListener('keydown', (e) => this.onShortcut(e), { signal: this.listeners.signal });
    this.warnAccesskeyClash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
    this.unsubscribe?.();
  }

  /** Opens the panel and moves focus into it. */
  async show(): Promise<void> {
    const panel = await this.ensurePanel();
    if (!panel) return;
    this.open = true;
    await this.updateComplete;
    panel.show();
  }

  /** Closes the panel; focus goes back to the launcher when it was inside the panel. */
  hide(): void {
    if (!this.open) return;
    const active = deepActiveElement();
    const focusWasInside = !!active && (active === this || this.shadowRoot?.contains(active) || this.panel?.element.shadowRoot?.contains(active));
    this.open = false;
    this.panel?.hide();
    if (focusWasInside || active === document.body) this.launcher?.focus();
  }

  toggle(): void {
    if (this.open) this.hide();
    else void this.show();
  }

  get isOpen(): boolean {
    return this.open;
  }

  private get launcher(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.launcher');
  }

  private get topLayer(): boolean {
    return this.config.zIndex === 'auto' && typeof HTMLElement.prototype.showPopover === 'function';
  }

  private syncFromRuntime(): void {
    const chosen = this.runtime?.get('uiLanguage');
    const configured = toUiLanguage(typeof chosen === 'string' && chosen !== 'auto' ? chosen : undefined);
    this.uiLang = configured ?? resolveUiLanguage(this.config.lang, document, navigator.languages ?? []);
    const position = this.runtime?.get('launcherPosition');
    this.position = position && position !== 'auto' ? (position as Position) : this.config.position;
    void this.panel?.setLanguage(this.uiLang);
  }

  private ensurePanel(): Promise<PanelHandle | undefined> {
    this.panelLoading ??= guardAsync(
      'panel',
      async () => {
        const [factory, runtime] = await Promise.all([this.loadPanel(), this.runtimeReady]);
        const launcher = this.launcher;
        if (!launcher) throw new Error('launcher missing');
        this.panel = await factory({ runtime, config: this.config, lang: this.uiLang, launcher });
        this.panel.element.addEventListener('clair-close', () => this.hide());
        this.requestUpdate();
        await this.updateComplete;
        return this.panel;
      },
      undefined,
    ).then((panel) => {
      if (!panel) {
        this.failed = true;
        this.panelLoading = undefined;
        warn('CLAIR_LOAD', `the panel could not be loaded from ${this.config.assetsUrl}; check that the whole dist/ folder is hosted there.`);
      }
      return panel;
    });
    return this.panelLoading;
  }

  private onShortcut(event: KeyboardEvent): void {
    const shortcut = this.config.shortcut;
    if (!shortcut || event.defaultPrevented || event.isComposing || event.repeat) return;
    if (!matchesShortcut(event, shortcut)) return;
    // Alt combinations type characters in text fields on some layouts (macOS Option): leave them.
    const target = event.composedPath()[0];
    if (!shortcut.ctrl && !shortcut.meta && target instanceof HTMLElement && isEditable(target)) return;
    event.preventDefault();
    if (this.open) this.hide();
    else void this.show();
  }

  private warnAccesskeyClash(): void {
    const shortcut = this.config.shortcut;
    if (!shortcut) return;
    const key = shortcutKey(shortcut).toLowerCase();
    const clash = guard('accesskey check', () => [...document.querySelectorAll('[accesskey]')].some((el) => el.getAttribute('accesskey')?.toLowerCase().split(/\s+/).includes(key)), false);
    if (clash) {
      warn('CLAIR_SHORTCUT', `the page has an accesskey "${key}", which browsers may bind to ${shortcut.label}; set the "shortcut" option to another key.`);
    }
  }

  protected override firstUpdated(): void {
    const root = this.shadowRoot?.querySelector<HTMLElement>('.root');
    if (root && this.topLayer) guard('top layer', () => root.showPopover(), undefined);
    performance.mark?.('clair:launcher-visible');
  }

  override render() {
    const strings = launcherStrings[this.uiLang] ?? launcherStrings['fr'];
    // Tab order follows the visual order: a panel that opens above the launcher comes first.
    const panelFirst = this.position.startsWith('bottom');
    const panel = this.panel ? this.panel.element : nothing;
    return html`<aside
      class="root ${this.position}"
      aria-label=${strings?.landmark ?? 'Clair'}
      lang=${this.uiLang}
      dir=${isRtl(this.uiLang) ? 'rtl' : 'ltr'}
      popover=${this.topLayer ? 'manual' : nothing}
    >
      ${panelFirst ? panel : nothing}
      <button
        class="launcher"
        type="button"
        aria-label=${strings?.label ?? 'Clair'}
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => this.toggle()}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm-8 6.5c0-.6.4-1 1-1.1 2.3-.3 4.6-.4 7-.4s4.7.1 7 .4c.6.1 1 .6 1 1.1 0 .6-.5 1.1-1.1 1.1-1.6-.1-3.3-.2-4.9-.2v4.1l1.9 6.9a1.1 1.1 0 0 1-2.1.6L12 15.3 10.2 21a1.1 1.1 0 0 1-2.1-.6l1.9-6.9V9.4c-1.6 0-3.3.1-4.9.2-.6 0-1.1-.5-1.1-1.1Z" />
        </svg>
      </button>
      ${panelFirst ? nothing : panel}
      ${this.failed ? html`<p class="error" role="alert">${strings?.loadError}</p>` : nothing}
    </aside>`;
  }
}

const HOST_STYLE: readonly [string, string][] = [
  ['display', 'contents'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
];

function isEditable(el: HTMLElement): boolean {
  return el.isContentEditable || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}
