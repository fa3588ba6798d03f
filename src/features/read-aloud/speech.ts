/**
 * The browser's own speech synthesis, and which of its voices Clair may use.
 *
 * Only voices with `localService: true` are offered: the others (Chrome's "Google …" voices, Edge's
 * "Online (Natural)" voices) send the text to a server to be spoken, and Clair's promise is that
 * nothing leaves the browser. An utterance always gets an explicit local voice for the same reason:
 * without one, the browser may pick a remote default voice.
 * See: https://developer.mozilla.org/docs/Web/API/SpeechSynthesisVoice/localService
 */
import { primarySubtag } from '../../core/language.js';

/** The engine, read at call time (a page or a test may replace it). */
export function synthesis(): SpeechSynthesis | undefined {
  return typeof window.speechSynthesis === 'object' && window.speechSynthesis !== null &&
    typeof window.SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;
}

export function localVoices(engine: SpeechSynthesis): SpeechSynthesisVoice[] {
  return engine.getVoices().filter((v) => v.localService);
}

/** Local voices for a language (primary subtag: "fr-CA" text may use a "fr-FR" voice). */
export function voicesFor(engine: SpeechSynthesis, lang: string): SpeechSynthesisVoice[] {
  const primary = primarySubtag(lang);
  const exact = lang.toLowerCase().replace('_', '-');
  return localVoices(engine)
    .filter((v) => primarySubtag(v.lang) === primary)
    .sort((a, b) => score(b, exact) - score(a, exact));
}

/** Same region first, then the system default. */
function score(voice: SpeechSynthesisVoice, exact: string): number {
  return (voice.lang.toLowerCase().replace('_', '-') === exact ? 2 : 0) + (voice.default ? 1 : 0);
}

/** The chosen voice when it speaks `lang`, else the best local voice for `lang`. */
export function pickVoice(engine: SpeechSynthesis, lang: string, chosenUri: string | undefined): SpeechSynthesisVoice | undefined {
  const candidates = voicesFor(engine, lang);
  return candidates.find((v) => v.voiceURI === chosenUri) ?? candidates[0];
}

/**
 * Voices load asynchronously in some browsers (Chrome fills the list after `voiceschanged`).
 * Resolves with the local voices once there are some, or after `timeoutMs` with what there is.
 */
export function whenVoices(engine: SpeechSynthesis, timeoutMs: number, signal?: AbortSignal): Promise<SpeechSynthesisVoice[]> {
  const now = localVoices(engine);
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      engine.removeEventListener('voiceschanged', onChange);
      resolve(localVoices(engine));
    };
    const onChange = () => {
      if (localVoices(engine).length > 0) done();
    };
    const timer = setTimeout(done, timeoutMs);
    engine.addEventListener('voiceschanged', onChange);
    signal?.addEventListener('abort', done, { once: true });
  });
}
