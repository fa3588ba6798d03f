/**
 * @summary The panel's "Translate the page" control: a button that opens the list of languages
 * the site's engines reach (each in its own name, most asked for first), the question before the
 * first use of a remote engine, progress with Cancel, and "Show original".
 * Loaded with the panel; the engines' code loads only when the visitor opens the list.
 * @event clair-setting - The visitor chose a language ({ id: 'translate', value }).
 */
import { html, nothing } from 'lit';
import { ClairElement } from '../../ui/base/clair-element.js';
import { LocalizeController } from '../../ui/base/localize.js';
import type { CustomControl, PanelContext } from '../../ui/base/panel-context.js';
import type { Catalog } from './catalog.js';
import { doneText, errorText, nativeName, partialText, type Translate } from './messages.js';
import { SETTING, store, type TranslateState } from './state.js';
import { styles } from './translate-control.styles.js';

export class ClairTranslateControl extends ClairElement implements CustomControl {
  static override styles = styles;

  static override properties = {
    context: { attribute: false },
    entryId: { attribute: false },
    expanded: { state: true },
    catalog: { state: true },
    loading: { state: true },
    translation: { state: true },
  };

  context?: PanelContext;
  entryId?: string;
  protected expanded = false;
  protected loading = false;
  protected catalog?: Catalog;
  protected translation: TranslateState = store.get();
  private readonly l = new LocalizeController(this, () => this.context?.i18n);
  private readonly t: Translate = (key, vars) => this.l.t(`translate:${key}`, vars);
  private unsubscribe?: () => void;
  private lastChoice?: string;
  private unsubscribeRuntime?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = store.subscribe((s) => {
      const was = this.translation.phase;
      this.translation = s;
      // The question appears where the visitor is: move focus to it, and back once answered.
      if (s.phase === 'consent' && was !== 'consent') void this.updateComplete.then(() => this.focusFirst('.box button'));
      if (was === 'consent' && s.phase !== 'consent') void this.updateComplete.then(() => this.focusBack());
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribeRuntime?.();
    this.unsubscribeRuntime = undefined;
  }

  protected override willUpdate(): void {
    if (this.context && !this.unsubscribeRuntime) {
      this.unsubscribeRuntime = this.context.runtime.subscribe((key) => {
        if (key === SETTING) this.requestUpdate();
      });
    }
  }

  private get value(): string {
    return String(this.context?.runtime.get(SETTING) ?? 'off');
  }

  private async toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded || this.catalog || this.loading || !this.context) return;
    this.loading = true;
    // The page translator loads while the visitor reads the list: the choice then starts at once.
    import('./translate.js').catch(() => {});
    try {
      const { listLanguages } = await import('./catalog.js');
      this.catalog = await listLanguages(this.context.config);
    } catch {
      this.catalog = { source: null, languages: [], error: { kind: 'unreachable', host: null } };
    } finally {
      this.loading = false;
    }
  }

  private choose(value: string): void {
    this.lastChoice = value;
    if (value === this.value && this.translation.phase !== 'error') return;
    this.emit('clair-setting', { id: SETTING, value });
  }

  private focusFirst(selector: string): void {
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After the question closes, focus returns to the language chosen (or the list's button). */
  private focusBack(): void {
    const root = this.shadowRoot;
    // Only when focus fell to the page because the answered question went away (not if the
    // visitor answered in the note on the page, or moved on).
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!root || !lost) return;
    const chosen = this.lastChoice ? root.querySelector<HTMLElement>(`.langs button[lang="${CSS.escape(this.lastChoice)}"]`) : null;
    (chosen && chosen.getClientRects().length > 0 ? chosen : root.querySelector<HTMLElement>('.toggle'))?.focus();
  }

  override render() {
    const t = this.t;
    const value = this.value;
    const source = this.catalog?.source ?? this.translation.source;
    const currentName = value === 'off' ? (source ? nativeName(source) : t('translate.choices.off')) : nativeName(value);
    return html`
      <button type="button" class="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="langs" aria-describedby="d-translate" @click=${() => void this.toggle()}>
        <span><span class="label">${t('translate.label')}</span><br /><span class="current" lang=${value === 'off' ? (source ?? nothing) : value}>${currentName}</span></span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <span class="description" id="d-translate">${t('translate.description')}</span>
      <div id="langs" ?hidden=${!this.expanded}>${this.renderList(value)}</div>
      ${this.renderStatus()}
    `;
  }

  private renderList(value: string) {
    const t = this.t;
    if (this.loading) return html`<p class="hint" role="status">${t('list.loading')}</p>`;
    const catalog = this.catalog;
    if (!catalog) return nothing;
    if (catalog.languages.length === 0) {
      const message = catalog.error && catalog.error.kind !== 'noEngine' ? errorText({ ...this.translation, phase: 'done', error: catalog.error }, t, this.l.lang) : t('list.none');
      return html`<p class="hint" role="status">${message}</p>`;
    }
    const source = catalog.source ?? '';
    return html`<ul class="langs" aria-label=${t('list.title')}>
      <li>
        <button type="button" lang=${source} aria-pressed=${value === 'off' ? 'true' : 'false'} @click=${() => this.choose('off')}>
          ${t('list.original', { name: nativeName(source) })}
        </button>
      </li>
      ${catalog.languages.map(
        (code) => html`<li>
          <button type="button" lang=${code} aria-pressed=${value === code ? 'true' : 'false'} @click=${() => this.choose(code)}>${nativeName(code)}</button>
        </li>`,
      )}
    </ul>`;
  }

  private renderStatus() {
    const s = this.translation;
    const t = this.t;
    const lang = this.l.lang;
    const off = () => this.choose('off');
    switch (s.phase) {
      case 'consent':
        return html`<div class="box" role="group" aria-labelledby="consent-text">
          <p id="consent-text">${s.consent?.download ? t('consent.download') : t('consent.remote', { host: s.consent?.host ?? '' })}</p>
          <div class="actions">
            <button type="button" class="action primary" @click=${() => store.answerConsent(true)}>
              ${s.consent?.download ? t('consent.acceptDownload') : t('consent.accept')}
            </button>
            <button type="button" class="action" @click=${() => store.answerConsent(false)}>${t('consent.decline')}</button>
          </div>
        </div>`;
      case 'preparing':
      case 'translating':
        return html`<div class="box">
          <p>${s.phase === 'preparing' ? t('status.preparing') : t('status.progress', { done: s.done, total: s.total })}</p>
          <progress max=${Math.max(1, s.total)} .value=${s.done} aria-hidden="true"></progress>
          <div class="actions"><button type="button" class="action" @click=${off}>${t('status.cancel')}</button></div>
        </div>`;
      case 'done':
        return html`<div class="box">
          <p role="status">${doneText(s, t, lang)} ${partialText(s, t, lang)}</p>
          ${s.error ? html`<p class="error" role="alert">${errorText(s, t, lang)}</p>` : nothing}
          <div class="actions"><button type="button" class="action primary" @click=${off}>${t('status.showOriginal')}</button></div>
        </div>`;
      case 'error':
        return html`<div class="box">
          <p class="error" role="alert">${errorText(s, t, lang)}</p>
          <div class="actions">
            <button type="button" class="action primary" @click=${() => store.retry?.()}>${t('status.retry')}</button>
            <button type="button" class="action" @click=${off}>${t('status.close')}</button>
          </div>
        </div>`;
      default:
        return nothing;
    }
  }
}

export const define = () => ClairTranslateControl.define('clair-translate-control');
