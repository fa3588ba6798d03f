/**
 * What the page translation is doing, shared by the panel control, the on-page note and the
 * translation module (they load separately; this small module is their meeting point). Every
 * change is also announced to the page as a `clair:translation` event on document.
 */
import type { EngineKind, FailureKind } from '../../translate/engine.js';

/** The setting's id: its value is the target language, or "off". */
export const SETTING = 'translate';

export type Phase = 'idle' | 'preparing' | 'consent' | 'translating' | 'done' | 'error';

export interface EngineInfo {
  readonly kind: EngineKind;
  readonly label: string;
  /** Where the text goes; null when it stays on the device or the site's files are used. */
  readonly host: string | null;
}

export interface TranslateState {
  readonly phase: Phase;
  /** Target language (BCP 47) while on. */
  readonly lang: string | null;
  readonly source: string | null;
  /** Passages finished (translated or not) and found. */
  readonly done: number;
  readonly total: number;
  /** Passages the engine gave no usable translation for (they stay in the original language). */
  readonly failed: number;
  /** Who translates: the machine engine, or the site's own translations only. */
  readonly engine: EngineInfo | null;
  readonly machine: boolean;
  /** What the visitor is asked before anything is sent. */
  readonly consent: { readonly host: string | null; readonly download: boolean; readonly engine: EngineInfo } | null;
  readonly error: { readonly kind: FailureKind | 'noSource' | 'noEngine'; readonly host: string | null; readonly status?: number } | null;
}

export interface TranslationEventDetail {
  readonly phase: Phase;
  readonly lang: string | null;
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  readonly error: string | null;
}

declare global {
  interface DocumentEventMap {
    'clair:translation': CustomEvent<TranslationEventDetail>;
  }
}

const IDLE: TranslateState = {
  phase: 'idle',
  lang: null,
  source: null,
  done: 0,
  total: 0,
  failed: 0,
  engine: null,
  machine: true,
  consent: null,
  error: null,
};

type Listener = (state: TranslateState) => void;

class TranslateStore {
  private state: TranslateState = IDLE;
  private readonly listeners = new Set<Listener>();
  private consentAnswer?: (yes: boolean) => void;
  /** Set by the translation module while it runs: try again after a failure. */
  retry?: () => void;

  get(): TranslateState {
    return this.state;
  }

  set(patch: Partial<TranslateState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) {
      try {
        listener(this.state);
      } catch {
        /* a listener's problem is not the page's */
      }
    }
    const s = this.state;
    document.dispatchEvent(
      new CustomEvent('clair:translation', {
        detail: { phase: s.phase, lang: s.lang, done: s.done, total: s.total, failed: s.failed, error: s.error?.kind ?? null },
      }),
    );
  }

  reset(): void {
    this.answerConsent(false);
    this.retry = undefined;
    this.set(IDLE);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The module waits here until the visitor answers (panel or note). */
  askConsent(consent: NonNullable<TranslateState['consent']>): Promise<boolean> {
    this.answerConsent(false);
    return new Promise((resolve) => {
      this.consentAnswer = resolve;
      this.set({ phase: 'consent', consent });
    });
  }

  answerConsent(yes: boolean): void {
    const answer = this.consentAnswer;
    this.consentAnswer = undefined;
    answer?.(yes);
  }
}

export const store = new TranslateStore();
