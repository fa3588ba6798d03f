/**
 * Helpers for the plain-language and read-aloud specs: page snapshots for reversibility, axe
 * violation counts, and a recording stand-in for the browser's speech engine (test double).
 */
import type { Page } from '@playwright/test';
import { expect, openPanel, panel } from './clair';

/** Opens the panel with the "Comprendre" group expanded (the others as the visitor first sees them). */
export async function openUnderstand(page: Page): Promise<void> {
  await openPanel(page, { expandAll: false });
  const toggle = panel(page).getByRole('button', { name: /^Comprendre/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

export interface Snapshot {
  readonly html: string;
  readonly forms: string[];
  readonly styles: string[];
  readonly active: string;
}

/** The page as a reversibility check sees it: body markup, form values, sample computed styles, focus. */
export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const sample = [...document.querySelectorAll('body, main, h1, h2, p, li, a, td, label, input')].slice(0, 60);
    return {
      html: document.body.outerHTML,
      forms: [...document.querySelectorAll('input, textarea, select')].map((el) => {
        const field = el as HTMLInputElement;
        return `${field.name}=${field.value}:${String(field.checked)}`;
      }),
      styles: sample.map((el) => {
        const cs = getComputedStyle(el);
        return [cs.color, cs.backgroundColor, cs.fontSize, cs.lineHeight, cs.textDecorationLine, cs.display, el.getBoundingClientRect().height.toFixed(1)].join('|');
      }),
      active: document.activeElement?.tagName ?? '',
    };
  });
}

/** Texts of the glossary marks inside `selector`. */
export function markTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} clair-term`).allTextContents();
}

export interface TestVoice {
  readonly name: string;
  readonly lang: string;
  readonly localService?: boolean;
  readonly default?: boolean;
}

export interface SpokenUtterance {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | null;
  readonly rate: number;
}

/**
 * TEST DOUBLE: replaces window.speechSynthesis and SpeechSynthesisUtterance (headless Chromium has
 * no voices) with a recording stand-in. It records every utterance passed to speak() (text, lang,
 * voice, rate) and every cancel/pause/resume; the test drives speech with
 * `__speech.nextWord()` (fires a word boundary) and `__speech.finish()` (fires end).
 * `voices: null` removes speech synthesis from the page altogether.
 */
export async function installSpeechDouble(page: Page, voices: readonly TestVoice[] | null): Promise<void> {
  await page.addInitScript((list) => {
    const w = window as unknown as Record<string, unknown>;
    if (list === null) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
      return;
    }
    class TestUtterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(public text = '') {
        super();
      }
    }
    type U = TestUtterance;
    const voiceObjects = list.map((v) => ({ name: v.name, lang: v.lang, localService: v.localService ?? true, default: v.default ?? false, voiceURI: `test:${v.name}` }));
    const state = {
      spoken: [] as { text: string; lang: string; voice: string | null; rate: number }[],
      cancels: 0,
      pauses: 0,
      resumes: 0,
      current: null as U | null,
      queue: [] as U[],
      position: 0,
    };
    const fire = (u: U, type: string, props: Record<string, unknown> = {}) => {
      const event = new Event(type);
      Object.assign(event, { utterance: u, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' }, props);
      u.dispatchEvent(event);
    };
    const startNext = () => {
      state.current = state.queue.shift() ?? null;
      state.position = 0;
    };
    class TestSynthesis extends EventTarget {
      get speaking() {
        return state.current !== null;
      }
      get pending() {
        return state.queue.length > 0;
      }
      get paused() {
        return false;
      }
      getVoices() {
        return voiceObjects.slice();
      }
      speak(u: U) {
        const voice = u.voice as { name?: string } | null;
        state.spoken.push({ text: u.text, lang: u.lang, voice: voice?.name ?? null, rate: u.rate });
        state.queue.push(u);
        if (!state.current) startNext();
      }
      cancel() {
        state.cancels++;
        const all = [state.current, ...state.queue].filter((u): u is U => u !== null);
        state.current = null;
        state.queue = [];
        for (const u of all) fire(u, 'error', { error: 'interrupted' });
      }
      pause() {
        state.pauses++;
      }
      resume() {
        state.resumes++;
      }
    }
    const synthesis = new TestSynthesis();
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: TestUtterance, configurable: true });
    w['__speech'] = {
      state,
      /** Fires a word boundary for the next word of the utterance being spoken; returns the word. */
      nextWord(): string | null {
        const u = state.current;
        if (!u) return null;
        const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
        re.lastIndex = state.position;
        const m = re.exec(u.text);
        if (!m) return null;
        state.position = m.index + m[0].length;
        fire(u, 'boundary', { name: 'word', charIndex: m.index, charLength: m[0].length });
        return m[0];
      },
      /** Ends the utterance being spoken (the reader then queues the next one). */
      finish(): boolean {
        const u = state.current;
        if (!u) return false;
        state.current = null;
        fire(u, 'end');
        if (!state.current) startNext();
        return true;
      },
      /** Adds voices later, as Chrome does, and fires voiceschanged. */
      addVoices(more: { name: string; lang: string }[]) {
        for (const v of more) voiceObjects.push({ name: v.name, lang: v.lang, localService: true, default: false, voiceURI: `test:${v.name}` });
        synthesis.dispatchEvent(new Event('voiceschanged'));
      },
    };
  }, voices);
}

/** What the speech double recorded. */
export function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as unknown as { __speech: { state: { spoken: SpokenUtterance[] } } }).__speech.state.spoken);
}

export function speechCall<T>(page: Page, method: 'nextWord' | 'finish'): Promise<T> {
  return page.evaluate((m) => (window as unknown as { __speech: Record<string, () => T> }).__speech[m]!(), method);
}

/** The text of the CSS highlight `name` (its ranges joined), or null when there is none. */
export function highlightText(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()).join('|') : null;
  }, name);
}
