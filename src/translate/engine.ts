/**
 * The one interface every translation engine implements. An engine receives HTML fragments (text
 * already escaped, inline elements written as `<tag data-c="n">`), and answers the same number of
 * fragments, in the same order: a translated fragment, or null when it has none for that one (a
 * site file that does not cover it). Nothing it answers is trusted: see sanitize.ts.
 */

/** Languages as BCP 47 tags ('fr', 'es', 'pt-BR'); engines map their own codes. */
export interface LanguagePair {
  readonly source: string;
  readonly target: string;
}

export type EngineKind = 'site' | 'browser' | 'apertium' | 'libretranslate' | 'json';

export interface EngineLimits {
  /** Most characters of fragments (markup included) in one call. */
  readonly maxChars: number;
  /** Count the limit in UTF-8 bytes rather than characters (APy cuts its input by bytes). */
  readonly countBytes?: boolean;
  /** Most fragments in one call. */
  readonly maxFragments: number;
  /** Most calls in flight at once (the engine may degrade past it). */
  readonly maxInFlight: number;
}

export interface TranslationEngine {
  /** Stable id for the device cache: kind plus endpoint. */
  readonly id: string;
  readonly kind: EngineKind;
  /** Shown to the visitor: "Apertium", "LibreTranslate", the site's name... */
  readonly label: string;
  /**
   * The host the page's text is sent to, named to the visitor before first use; null when the
   * text never leaves the device (site files are fetched, not sent to; the browser's own model).
   */
  readonly host: string | null;
  /** Machine translation (the note says so) or translations the site wrote itself. */
  readonly machine: boolean;
  /** Whether inline markup survives the engine (otherwise fragments are plain text). */
  readonly markup: boolean;
  readonly limits: EngineLimits;
  /** Target languages this engine reaches from `source`. */
  targets(source: string, signal?: AbortSignal): Promise<readonly string[]>;
  /** True when a pair needs a download the visitor must agree to (browser models). */
  needsDownload?(pair: LanguagePair): Promise<boolean>;
  translate(fragments: readonly string[], pair: LanguagePair, signal: AbortSignal): Promise<(string | null)[]>;
}

/** Why a call failed, so the visitor gets a message that says what happened. */
export type FailureKind =
  | 'timeout'
  | 'offline'
  | 'unreachable'
  | 'cors'
  | 'client'
  | 'server'
  | 'invalid'
  | 'wrongLanguage'
  | 'tooLarge'
  | 'unsupported'
  | 'aborted';

export class TranslationError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof TranslationError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}
