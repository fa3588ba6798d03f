/**
 * @summary The note Clair puts at the top of a translated page: says the text is machine
 * translated and by whom, keeps the original one action away, shows progress with a cancel
 * button, asks before the first use of a remote engine when the panel is not open, and says
 * plainly what went wrong. A Clair element (data-clair-ui, Shadow DOM); removed on "Show original".
 */
import { html, nothing } from 'lit';
import { ClairElement } from '../../ui/base/clair-element.js';
import { doneText, errorText, partialText, type Translate } from './messages.js';
import type { TranslateState } from './state.js';
import { styles } from './note.styles.js';

export interface NoteActions {
  showOriginal(): void;
  cancel(): void;
  retry(): void;
  accept(): void;
  decline(): void;
}

export class ClairTranslateNote extends ClairElement {
  static override styles = styles;

  static override properties = {
    state: { state: true },
    consentInPanel: { state: true },
  };

  state!: TranslateState;
  t!: Translate;
  actions!: NoteActions;
  /** The panel's control is on screen and asks itself. */
  consentInPanel = false;

  private announce(): string {
    const s = this.state;
    const lang = this.lang;
    if (s.phase === 'done') return doneText(s, this.t, lang);
    if (s.phase === 'translating') return this.t('status.preparing');
    return '';
  }

  override render() {
    const s = this.state;
    const t = this.t;
    const lang = this.lang;
    const hidden = s.phase === 'idle' || s.phase === 'preparing' || (s.phase === 'consent' && this.consentInPanel);
    return html`<div class="note" role="region" aria-label=${t('status.region')} ?hidden=${hidden}>
        ${this.body(s, t, lang)}
      </div>
      <p class="visually-hidden" role="status">${this.announce()}</p>`;
  }

  private body(s: TranslateState, t: Translate, lang: string) {
    switch (s.phase) {
      case 'consent':
        return html`<p>${s.consent?.download ? t('consent.download') : t('consent.remote', { host: s.consent?.host ?? '' })}</p>
          <div class="actions">
            <button type="button" class="primary" @click=${() => this.actions.accept()}>
              ${s.consent?.download ? t('consent.acceptDownload') : t('consent.accept')}
            </button>
            <button type="button" @click=${() => this.actions.decline()}>${t('consent.decline')}</button>
          </div>`;
      case 'translating':
        return html`<p>${t('status.progress', { done: s.done, total: s.total })}</p>
          <progress max=${Math.max(1, s.total)} .value=${s.done} aria-hidden="true"></progress>
          <div class="actions">
            <button type="button" @click=${() => this.actions.cancel()}>${t('status.cancel')}</button>
          </div>`;
      case 'done':
        return html`<p>${doneText(s, t, lang)} ${partialText(s, t, lang)}</p>
          ${s.error ? html`<p class="error" role="alert">${errorText(s, t, lang)}</p>` : nothing}
          <div class="actions">
            <button type="button" class="primary" @click=${() => this.actions.showOriginal()}>${t('status.showOriginal')}</button>
          </div>`;
      case 'error':
        return html`<p class="error" role="alert">${errorText(s, t, lang)}</p>
          <div class="actions">
            <button type="button" class="primary" @click=${() => this.actions.retry()}>${t('status.retry')}</button>
            <button type="button" @click=${() => this.actions.showOriginal()}>${t('status.close')}</button>
          </div>`;
      default:
        return nothing;
    }
  }
}
