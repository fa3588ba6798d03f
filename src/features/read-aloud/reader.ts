/**
 * Reads a list of sentences aloud, one utterance at a time, highlighting the sentence and the word
 * being spoken and keeping them in view.
 *
 * One utterance per sentence (not the whole text at once): each gets its own `lang` and voice,
 * the queue order is the reading order, and long texts avoid Chrome's cut-off of long utterances.
 * Pause, a new speed and a new voice all cancel the utterance and speak the rest of the sentence
 * from the last word heard: `speechSynthesis.pause()` is unreliable (a no-op on Android and with
 * some Linux voices, and Chrome stops paused speech after a while), and rate and voice cannot
 * change during an utterance.
 * See: https://issues.chromium.org/issues/40522227 (pause/resume), https://issues.chromium.org/issues/41294170 (long utterances)
 */
import { warn } from '../../core/log.js';
import { prefersReducedMotion } from '../../ui/base/motion.js';
import type { ReadingHighlight } from './highlight.js';
import { pickVoice } from './speech.js';
import type { Sentence, SentenceStream } from './text.js';

export interface ReaderOptions {
  readonly engine: SpeechSynthesis;
  readonly highlight: ReadingHighlight;
  /** Speed as a rate for the engine (1 = normal). */
  rate(): number;
  /** The voice the visitor chose, if any. */
  voiceUri(): string | undefined;
  /** Voice language to fall back on when a sentence's language has no local voice. */
  readonly mainLang: string;
  onState(state: 'playing' | 'paused'): void;
  /** All sentences were read (or speaking failed). */
  onEnd(): void;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/u;

export class Reader {
  private sentences: Pick<SentenceStream, 'get'> = { get: () => undefined };
  private index = 0;
  /** Where, in the current sentence, speaking (re)starts: the last word heard. */
  private wordAt = 0;
  /** Kept so the browser does not garbage-collect it before its events fire (a Chrome bug). */
  private utterance: SpeechSynthesisUtterance | undefined;
  private paused = false;

  constructor(private readonly options: ReaderOptions) {}

  get playing(): boolean {
    return this.utterance !== undefined;
  }

  start(sentences: Pick<SentenceStream, 'get'>): void {
    this.sentences = sentences;
    this.index = 0;
    this.wordAt = 0;
    this.paused = false;
    this.speak();
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.silence();
    this.options.onState('paused');
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.speak();
  }

  /** New speed or voice: the rest of the sentence is spoken again from the last word. */
  refresh(): void {
    if (!this.paused && this.utterance) this.speak();
  }

  stop(): void {
    this.paused = false;
    this.silence();
    this.sentences = { get: () => undefined };
    this.options.highlight.clear();
  }

  private silence(): void {
    this.utterance = undefined;
    this.options.engine.cancel();
  }

  private speak(): void {
    const { engine, highlight } = this.options;
    const sentence = this.sentences.get(this.index);
    if (!sentence) {
      this.stop();
      this.options.onEnd();
      return;
    }
    const from = this.wordAt;
    const voice = pickVoice(engine, sentence.lang, this.options.voiceUri()) ?? pickVoice(engine, this.options.mainLang, this.options.voiceUri());
    const utterance = new SpeechSynthesisUtterance(sentence.text.slice(from));
    utterance.lang = sentence.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = this.options.rate();
    utterance.addEventListener('boundary', (event) => {
      if (this.utterance !== utterance || event.name !== 'word') return;
      this.word(sentence, from + event.charIndex, event.charLength);
    });
    utterance.addEventListener('end', () => {
      if (this.utterance !== utterance) return;
      this.index++;
      this.wordAt = 0;
      this.speak();
    });
    utterance.addEventListener('error', (event) => {
      // Our own cancel() (pause, new speed) interrupts the utterance: not an error.
      if (this.utterance !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      warn('CLAIR_SPEECH', `speech synthesis failed (${event.error}); reading stopped.`);
      this.stop();
      this.options.onEnd();
    });
    // Cancel first: anything still queued (an earlier utterance, another page's speech) would come
    // first. The old utterance is forgotten before, so its end or error events are ignored.
    this.utterance = undefined;
    engine.cancel();
    this.utterance = utterance;
    // Queued first: the voice starts while the page lays out the highlight (the first time, the
    // highlight sheet restyles the whole page, which takes a while on a long one).
    engine.speak(utterance);
    const range = sentence.range();
    highlight.sentence(range, sentence.block);
    if (range) keepInView(range);
    this.word(sentence, from, 0);
    this.options.onState('playing');
  }

  private word(sentence: Sentence, at: number, length: number): void {
    const match = WORD.exec(sentence.text.slice(at));
    const start = match ? at + match.index : at;
    const end = length > 0 ? at + length : start + (match?.[0].length ?? 0);
    this.wordAt = start;
    if (end <= start) return;
    const range = sentence.range(start, end);
    this.options.highlight.word(range);
    if (range) keepInView(range);
  }
}

/** Scrolls the least needed to show the range (only when it is off screen). */
function keepInView(range: Range): void {
  const rect = range.getBoundingClientRect();
  const view = document.documentElement.clientHeight || innerHeight;
  if (rect.height === 0 || (rect.top >= 0 && rect.bottom <= view)) return;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
