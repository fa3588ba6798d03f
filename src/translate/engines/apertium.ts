/**
 * Apertium APy (open source, self-hostable). POST form-encoded /translate with langpair, q and
 * markUnknown=no; HTML is the default format, so inline tags and our marker elements survive.
 * Known limits of APy 0.11 handled here and in the limits below:
 * - past ~10 internal chunks it silently drops the rest: ≤ 4,000 characters per request, ≤ 2 in
 *   flight, and every fragment travels in a marker that must come back (missing ones are retried
 *   once on their own, then reported as untranslated). The 4,000 are counted in UTF-8 bytes: APy
 *   cuts its input into PIPE_BUF (4,096-byte) chunks and starts two helper processes per chunk,
 *   so a request that fits one chunk costs the engine no more than the same text inside a bigger
 *   request (apertium_apy/utils/translation.py, split_for_translation);
 * - under load it answers 500/503 for a moment: retried once;
 * - `#word` / `@word` marks can remain even with markUnknown=no: stripped.
 * /listPairs gives ISO 639-3 codes ("spa", "eng_US"), mapped to BCP 47.
 */
import type { EngineConfig } from '../config.js';
import { TranslationError, type LanguagePair, type TranslationEngine } from '../engine.js';
import { host, requestJson } from '../http.js';
import { primary, toBcp47 } from '../languages.js';
import { split, wrap } from '../markers.js';
import { remembered } from '../remember.js';

interface RawPair {
  sourceLanguage: string;
  targetLanguage: string;
}

export const APY_MAX_CHARS = 4_000;

export function apertiumEngine(config: EngineConfig & { url: string }): TranslationEngine {
  const base = config.url;
  const pairs = () =>
    remembered(`pairs:apertium:${base}`, async () => {
      const data = (await requestJson(`${base}listPairs`, { timeout: config.timeout })) as { responseData?: unknown };
      if (!Array.isArray(data.responseData)) throw new TranslationError('invalid', `${host(base)} /listPairs has no responseData`);
      return (data.responseData as unknown[]).filter(
        (p): p is RawPair =>
          !!p && typeof (p as RawPair).sourceLanguage === 'string' && typeof (p as RawPair).targetLanguage === 'string',
      );
    });

  /** APy's own codes for a pair when /listPairs named them; BCP 47 otherwise (APy accepts both). */
  async function langpair(pair: LanguagePair): Promise<string> {
    const list = config.languages ? [] : await pairs().catch(() => []);
    const match =
      list.find((p) => toBcp47(p.sourceLanguage) === pair.source && toBcp47(p.targetLanguage) === pair.target) ??
      list.find((p) => primary(toBcp47(p.sourceLanguage)) === primary(pair.source) && toBcp47(p.targetLanguage) === pair.target);
    return match ? `${match.sourceLanguage}|${match.targetLanguage}` : `${pair.source}|${pair.target}`;
  }

  async function call(fragments: readonly string[], lp: string, signal: AbortSignal): Promise<(string | null)[]> {
    const body = new URLSearchParams({ langpair: lp, q: wrap(fragments), markUnknown: 'no' });
    const data = (await requestJson(`${base}translate`, {
      method: 'POST',
      body,
      timeout: config.timeout,
      signal,
      retryOn: [500, 503],
    })) as { responseData?: { translatedText?: unknown }; responseStatus?: unknown };
    const text = data.responseData?.translatedText;
    if (typeof text !== 'string') throw new TranslationError('invalid', `${host(base)} answered without translatedText`);
    return split(text, fragments.length).map((t) => (t === null ? null : stripMarks(t)));
  }

  return {
    id: `apertium:${base}`,
    kind: 'apertium',
    label: config.label ?? 'Apertium',
    host: host(base),
    machine: true,
    markup: true,
    limits: { maxChars: Math.min(config.maxChars ?? APY_MAX_CHARS, APY_MAX_CHARS), countBytes: true, maxFragments: 400, maxInFlight: 2 },
    async targets(source) {
      if (config.languages) return config.languages;
      const list = await pairs();
      return list.filter((p) => primary(toBcp47(p.sourceLanguage)) === primary(source)).map((p) => toBcp47(p.targetLanguage));
    },
    async translate(fragments, pair, signal) {
      const lp = await langpair(pair);
      const result = await call(fragments, lp, signal);
      const missing = result.flatMap((t, i) => (t === null ? [i] : []));
      // Lost markers: once more, each fragment on its own (short requests are never truncated).
      for (const i of missing) {
        const fragment = fragments[i];
        if (fragment === undefined) continue;
        const [again] = await call([fragment], lp, signal);
        result[i] = again ?? null;
      }
      return result;
    },
  };
}

/** APy marks words it could not handle with # or @ even when asked not to; the word itself is fine. */
export function stripMarks(text: string): string {
  return text.replace(/(^|[\s>(«"'¿¡\u00a0])[#@](?=\p{L})/gu, '$1');
}
