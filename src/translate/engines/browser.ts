/**
 * The browser's own on-device translation (the Translator API), where it exists. Nothing leaves
 * the device. Used only for pairs the browser reports "available", or "downloadable" after the
 * visitor agrees to the download; every step has a time limit (Chromium without network reports
 * "downloadable" and never finishes creating a translator). Plain text only: the API does not
 * promise to keep markup, so the page side sends text pieces.
 */
import type { EngineConfig } from '../config.js';
import { TranslationError, type LanguagePair, type TranslationEngine } from '../engine.js';
import { FRANCE_ORDER, primary } from '../languages.js';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface Translator {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: { sourceLanguage: string; targetLanguage: string; signal?: AbortSignal }): Promise<Translator>;
}

/** Languages Chromium's on-device models cover, beyond the France list. */
const CANDIDATES = [...FRANCE_ORDER, 'bg', 'cs', 'da', 'el', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'ja', 'kn', 'ko', 'lt', 'mr', 'no', 'sk', 'sl', 'sv', 'te', 'th', 'zh-Hant'];

export function browserFactory(): TranslatorFactory | undefined {
  const candidate = (globalThis as { Translator?: unknown }).Translator;
  return candidate && typeof (candidate as TranslatorFactory).availability === 'function' ? (candidate as TranslatorFactory) : undefined;
}

export function browserEngine(config: EngineConfig, factory: TranslatorFactory): TranslationEngine {
  const translators = new Map<string, Promise<Translator>>();

  async function availability(pair: LanguagePair): Promise<Availability> {
    return withTimeout(factory.availability({ sourceLanguage: pair.source, targetLanguage: pair.target }), 3_000).catch(
      () => 'unavailable' as const,
    );
  }

  function translator(pair: LanguagePair, signal: AbortSignal): Promise<Translator> {
    const key = `${pair.source}|${pair.target}`;
    let pending = translators.get(key);
    if (!pending) {
      pending = withTimeout(factory.create({ sourceLanguage: pair.source, targetLanguage: pair.target, signal }), config.timeout);
      pending.catch(() => translators.delete(key));
      translators.set(key, pending);
    }
    return pending;
  }

  return {
    id: 'browser',
    kind: 'browser',
    label: config.label ?? '',
    host: null,
    machine: true,
    markup: false,
    limits: { maxChars: 20_000, maxFragments: 200, maxInFlight: 1 },
    async targets(source) {
      const list = config.languages ?? CANDIDATES.filter((c) => primary(c) !== primary(source));
      const states = await Promise.all(list.map((target) => availability({ source, target })));
      return list.filter((_, i) => states[i] !== 'unavailable');
    },
    async needsDownload(pair) {
      return (await availability(pair)) !== 'available';
    },
    async translate(fragments, pair, signal) {
      const t = await translator(pair, signal);
      const out: (string | null)[] = [];
      for (const text of fragments) {
        if (signal.aborted) throw new TranslationError('aborted', 'cancelled');
        out.push(text.trim() === '' ? text : await withTimeout(t.translate(text, { signal }), config.timeout));
      }
      return out;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TranslationError('timeout', `the browser's translation did not answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof TranslationError ? e : new TranslationError('unsupported', `the browser could not translate: ${String(e)}`));
      },
    );
  });
}
