/**
 * @summary The read-aloud player in Clair's panel: Read / Pause / Resume, Stop, the voice, and a
 * line that says what "Read" will read (the selection, from the paragraph last clicked, or the
 * page's main content). When the browser cannot speak, or has no local voice for the page's
 * language, it says so and offers no button that would fail silently.
 * @event clair-setting - Turns `readAloud` on (start reading) or off (stop).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ClairElement } from '../../ui/base/clair-element.js';
import { LocalizeController } from '../../ui/base/localize.js';
import type { CustomControl, PanelContext } from '../../ui/base/panel-context.js';
import { styles } from './read-aloud-player.styles.js';
import { session } from './session.js';
import { synthesis, voicesFor, whenVoices } from './speech.js';
import { langOf, mainContent } from './text.js';

type Availability = 'checking' | 'ready' | 'noSpeech' | 'noVoice';

const VOICES_TIMEOUT = 2000;

const ICONS = {
  play: html`<path d="M8 5.5v13a1 1 0 0 0 1.5.9l10.4-6.5a1 1 0 0 0 0-1.8L9.5 4.6A1 1 0 0 0 8 5.5Z" />`,
  pause: html`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />`,
  stop: html`<path d="M6 6h12v12H6z" />`,
};

export class ReadAloudPlayer extends ClairElement implements CustomControl {
  static override styles = styles;

  static override properties = {
    context: { attribute: false },
    entryId: { attribute: false },
    availability: { state: true },
    voices: { state: true },
  };

  context?: PanelContext;
  entryId?: string;
  protected availability: Availability = 'checking';
  protected voices: SpeechSynthesisVoice[] = [];
  private readonly l = new LocalizeController(this, () => this.context?.i18n);
  private lifetime?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lifetime = new AbortController();
    const { signal } = this.lifetime;
    session.track(document, signal);
    session.addEventListener('change', () => this.requestUpdate(), { signal });
    const engine = synthesis();
    engine?.addEventListener('voiceschanged', () => this.updateVoices(), { signal });
    void this.checkVoices(signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lifetime?.abort();
  }

  private get contentLang(): string {
    return langOf(mainContent(document), document);
  }

  private async checkVoices(signal: AbortSignal): Promise<void> {
    const engine = synthesis();
    if (!engine) {
      this.availability = 'noSpeech';
      return;
    }
    this.updateVoices();
    if (this.voices.length === 0) await whenVoices(engine, VOICES_TIMEOUT, signal);
    this.updateVoices(true);
  }

  private updateVoices(final = false): void {
    const engine = synthesis();
    if (!engine) return;
    this.voices = voicesFor(engine, this.contentLang);
    if (this.voices.length > 0) this.availability = 'ready';
    else if (final || this.availability === 'ready') this.availability = 'noVoice';
  }

  private t(key: string, options?: Record<string, string>): string {
    return this.l.t(`understand:readAloud.${key}`, options);
  }

  private setFeature(value: boolean): void {
    this.emit('clair-setting', { id: this.entryId ?? 'readAloud', value });
  }

  /** Starts reading `source` (or what the visitor last pointed at). */
  private start(source = session.nextSource(document)): void {
    session.report(undefined);
    if (session.controls) {
      session.controls.restart(source);
    } else {
      session.request = source;
      this.setFeature(true);
    }
  }

  private playPause(): void {
    switch (session.state) {
      case 'playing':
        session.controls?.pause();
        return;
      case 'paused':
        session.controls?.resume();
        return;
      case 'loading':
        return;
      case 'idle':
        this.start();
    }
  }

  private chooseVoice(event: Event): void {
    session.voiceUri = (event.target as HTMLSelectElement).value;
    session.controls?.refresh();
  }

  private languageName(): string {
    const lang = this.contentLang;
    try {
      return new Intl.DisplayNames([this.l.lang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      return lang;
    }
  }

  private renderProblem(): TemplateResult {
    const key = this.availability === 'noSpeech' ? 'problem.noSpeech' : 'problem.noVoice';
    return html`<p class="problem">${this.t(key, { language: this.languageName() })}</p>`;
  }

  private renderVoices(): TemplateResult | typeof nothing {
    if (this.voices.length === 0) return nothing;
    const chosen = this.voices.find((v) => v.voiceURI === session.voiceUri) ?? this.voices[0];
    return html`<div class="voice">
      <label for="voice">${this.t('voice')}</label>
      <select id="voice" @change=${(e: Event) => this.chooseVoice(e)}>
        ${this.voices.map((v) => html`<option value=${v.voiceURI} ?selected=${v === chosen}>${v.name}</option>`)}
      </select>
    </div>`;
  }

  private status(): string {
    if (session.problem) return this.t(`problem.${session.problem}`, { language: this.languageName() });
    if (session.state === 'paused') return this.t('status.paused');
    if (session.state === 'idle' && session.finished) return this.t('status.finished');
    return '';
  }

  override render() {
    const state = session.state;
    const ready = this.availability === 'ready';
    const main = state === 'playing' ? 'pause' : state === 'paused' ? 'resume' : 'play';
    const source = session.nextSource(document).kind;
    return html`<div class="player" role="group" aria-labelledby="title" lang=${this.l.lang} dir=${this.l.dir}>
      <p class="label" id="title">${this.t('label')}</p>
      ${this.availability === 'checking'
        ? html`<p class="note">${this.t('checking')}</p>`
        : ready
          ? html`<p class="note" id="source">${this.t(`source.${source}`)}</p>
              <div class="buttons">
                <button type="button" class="primary" aria-describedby="source" aria-busy=${state === 'loading' ? 'true' : 'false'} @click=${() => this.playPause()}>
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${main === 'pause' ? ICONS.pause : ICONS.play}</svg>
                  <span>${this.t(main)}</span>
                </button>
                <button type="button" ?disabled=${state === 'idle'} @click=${() => this.setFeature(false)}>
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS.stop}</svg>
                  <span>${this.t('stop')}</span>
                </button>
                ${source === 'page' ? nothing : html`<button type="button" @click=${() => this.start({ kind: 'page' })}>${this.t('readAll')}</button>`}
              </div>
              ${this.renderVoices()}`
          : this.renderProblem()}
      <p class="status" role="status">${this.status()}</p>
    </div>`;
  }
}

export function define(): void {
  ReadAloudPlayer.define('clair-read-aloud');
}
