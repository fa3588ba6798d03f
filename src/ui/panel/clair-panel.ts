/**
 * @summary The settings panel: a labelled, non-modal dialog rendered from the feature registry.
 * @event clair-close - The visitor asked to close the panel (close button or Escape).
 * @cssproperty --clair-accent - Accent colour (already adjusted for contrast by the config).
 */
import type { i18n } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import type { ClairConfig } from '../../core/config.js';
import { isSection, type FeatureDefinition, type RegistryEntry } from '../../core/feature.js';
import { guardAsync } from '../../core/log.js';
import type { Runtime } from '../../core/runtime.js';
import { GROUPS, type GroupId, type SettingValue } from '../../core/settings.js';
import { ClairElement } from '../base/clair-element.js';
import { pushLayer } from '../base/focus.js';
import { LocalizeController } from '../base/localize.js';
import type { CustomControl, PanelContext } from '../base/panel-context.js';
import { isSuggested, renderChoice, renderRange, renderSwitch } from './controls.js';
import { FloatingController } from './floating.js';
import { styles } from './clair-panel.styles.js';

export class ClairPanel extends ClairElement {
  static override styles = styles;

  static override properties = {
    open: { state: true },
    announcement: { state: true },
    expanded: { state: true },
  };

  runtime!: Runtime;
  config!: ClairConfig;
  i18n!: i18n;
  /** The launcher the panel floats next to. */
  launcher?: HTMLElement;

  protected open = false;
  protected announcement = '';
  /** Groups the visitor opened; undefined until the first open (then: first group + changed ones). */
  protected expanded?: ReadonlySet<GroupId>;
  private readonly l = new LocalizeController(this, () => this.i18n);
  private readonly floating = new FloatingController(
    this,
    () => this.launcher,
    () => this.dialog,
    () => this.placement(),
  );
  private readonly customControls = new Map<string, CustomControl>();
  private unsubscribe?: () => void;
  private removeLayer?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.runtime.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.removeLayer?.();
  }

  async show(): Promise<void> {
    this.expanded ??= this.initialGroups();
    this.open = true;
    await this.updateComplete;
    this.floating.start();
    this.removeLayer ??= pushLayer(() => this.emit('clair-close', undefined));
    this.dialog?.focus();
  }

  hide(): void {
    this.open = false;
    this.announcement = '';
    this.floating.stop();
    this.removeLayer?.();
    this.removeLayer = undefined;
  }

  private get dialog(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.panel');
  }

  private placement() {
    const position = String(this.runtime.get('launcherPosition') ?? 'auto');
    const corner = position === 'auto' ? this.config.position : position;
    const [vertical, side] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
    // Floating UI reads start/end in the panel's direction; align with the launcher's own side.
    const rtl = this.l.dir === 'rtl';
    const align = (side === 'right') !== rtl ? 'end' : 'start';
    return `${vertical === 'bottom' ? 'top' : 'bottom'}-${align}` as const;
  }

  private change = (id: string, value: SettingValue) => {
    this.runtime.set(id, value, 'user');
  };

  private async resetAll(): Promise<void> {
    await this.runtime.reset();
    this.announcement = this.l.t('core:panel.resetDone');
  }

  private entriesOf(group: GroupId): RegistryEntry[] {
    return this.runtime.registry.entries.filter((e) => e.group === group);
  }

  /** A group is "changed" when one of its settings is not at its default. */
  private isChanged(group: GroupId): boolean {
    return this.entriesOf(group).some((e) => !isSection(e) && e.persist !== false && this.runtime.get(e.id) !== e.default);
  }

  private initialGroups(): Set<GroupId> {
    const withEntries = GROUPS.filter((g) => this.entriesOf(g).length > 0);
    // A group holding what the visitor's device asks for (suggestWhen) opens too: offered first.
    const suggests = (g: GroupId) => this.entriesOf(g).some((e) => !isSection(e) && isSuggested(e));
    return new Set(withEntries.filter((g, i) => i === 0 || this.isChanged(g) || suggests(g)));
  }

  private toggleGroup(group: GroupId): void {
    const next = new Set(this.expanded);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    this.expanded = next;
  }

  private renderEntry(entry: RegistryEntry): TemplateResult | typeof nothing {
    if (!isSection(entry) && entry.showWhen && !entry.showWhen.is.includes(this.runtime.get(entry.showWhen.setting) as SettingValue)) {
      return nothing;
    }
    if (isSection(entry) || entry.control) return this.renderCustom(entry);
    const value = this.runtime.get(entry.id);
    const status = this.runtime.getStatus(entry.id);
    const common = { l: this.l, onChange: this.change, busy: status === 'loading' };
    const control =
      entry.type === 'boolean'
        ? renderSwitch(entry, value === true, common)
        : entry.type === 'choice'
          ? renderChoice(entry, String(value), common)
          : renderRange(entry, Number(value), common);
    return html`${control}${status === 'error' ? this.renderError(entry) : nothing}`;
  }

  private renderError(entry: FeatureDefinition): TemplateResult {
    return html`<p class="feature-error" role="alert">
      ${this.l.t('core:panel.featureError', { label: this.l.t(`${entry.i18n}.label`) })}
    </p>`;
  }

  /** Custom controls load with their feature's UI chunk, then get the panel context. */
  private renderCustom(entry: RegistryEntry): TemplateResult {
    const control = isSection(entry) ? entry.control : (entry as FeatureDefinition).control;
    let element = this.customControls.get(entry.id);
    if (!element && control) {
      element = document.createElement(control.tag) as CustomControl;
      element.entryId = entry.id;
      this.customControls.set(entry.id, element);
      void guardAsync(`control "${entry.id}"`, control.load, undefined);
    }
    if (element) {
      const context: PanelContext = { runtime: this.runtime, config: this.config, i18n: this.i18n };
      element.context = context;
    }
    return html`<div class="control custom">${element ?? nothing}</div>`;
  }

  private renderGroup(group: GroupId): TemplateResult | typeof nothing {
    const entries = this.entriesOf(group);
    // What the visitor's device asks for (prefers-reduced-motion...) comes first; a stable sort.
    entries.sort((a, b) => Number(!isSection(b) && isSuggested(b)) - Number(!isSection(a) && isSuggested(a)));
    if (entries.length === 0) return nothing;
    const open = this.expanded?.has(group) ?? false;
    const changed = this.isChanged(group);
    // Disclosure sections keep a long panel short; the visitor sees at a glance which group is changed.
    return html`<section class="group" aria-labelledby="g-${group}">
      <h3>
        <button type="button" class="group-toggle" id="g-${group}" aria-expanded=${open ? 'true' : 'false'} aria-controls="gp-${group}" @click=${() => this.toggleGroup(group)}>
          <span class="group-name">${this.l.t(`core:groups.${group}`)}</span>
          ${changed ? html`<span class="changed">${this.l.t('core:panel.groupChanged')}</span>` : nothing}
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m7.4 8.6 4.6 4.6 4.6-4.6L18 10l-6 6-6-6Z" /></svg>
        </button>
      </h3>
      <div class="group-body" id="gp-${group}" ?hidden=${!open}>${entries.map((e) => this.renderEntry(e))}</div>
    </section>`;
  }

  override render() {
    const shortcut = this.config.shortcut;
    return html`<div
      class="panel"
      role="dialog"
      aria-labelledby="clair-title"
      tabindex="-1"
      lang=${this.l.lang}
      dir=${this.l.dir}
      ?hidden=${!this.open}
      @clair-setting=${(e: CustomEvent<{ id: string; value: SettingValue }>) => this.change(e.detail.id, e.detail.value)}
    >
      <header class="head">
        <h2 id="clair-title">${this.l.t('core:panel.title')}</h2>
        <button type="button" class="close" aria-label=${this.l.t('core:panel.close')} @click=${() => this.emit('clair-close', undefined)}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4Z" /></svg>
        </button>
      </header>
      <div class="body">
        ${GROUPS.map((g) => this.renderGroup(g))}
        <p class="note">
          ${this.runtime.store.inMemoryOnly ? this.l.t('core:panel.memoryOnly') : this.l.t('core:panel.privacy')}
        </p>
        ${shortcut ? html`<p class="note">${this.l.t('core:panel.shortcut', { keys: shortcut.label })}</p>` : nothing}
      </div>
      <footer class="foot">
        <button type="button" class="reset" @click=${() => void this.resetAll()}>${this.l.t('core:panel.reset')}</button>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </footer>
    </div>`;
  }
}
