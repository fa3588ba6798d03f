/**
 * The generic JSON endpoint: a small contract a site implements on its own server, in front of any
 * engine (DeepL, Google, its own), so API keys stay on the server. See docs/translation.md.
 *   POST <url>translate  {"source":"fr","target":"es","format":"html","q":["…","…"]}
 *                     →  {"translations":["…","…"]}   (same length and order; null = none)
 *   GET  <url>languages → {"pairs":[{"source":"fr","target":"es"}, …]}
 */
import type { EngineConfig } from '../config.js';
import { TranslationError, type TranslationEngine } from '../engine.js';
import { host, requestJson } from '../http.js';
import { primary } from '../languages.js';
import { remembered } from '../remember.js';

export function jsonEngine(config: EngineConfig & { url: string }): TranslationEngine {
  const base = config.url;
  return {
    id: `json:${base}`,
    kind: 'json',
    label: config.label ?? host(base),
    host: host(base),
    machine: true,
    markup: true,
    limits: { maxChars: config.maxChars ?? 8_000, maxFragments: 100, maxInFlight: 2 },
    async targets(source) {
      if (config.languages) return config.languages;
      const pairs = await remembered(`pairs:json:${base}`, async () => {
        const data = (await requestJson(`${base}languages`, { timeout: config.timeout })) as { pairs?: unknown };
        if (!Array.isArray(data.pairs)) throw new TranslationError('invalid', `${host(base)} /languages has no "pairs" list`);
        return data.pairs as unknown[];
      });
      return pairs.flatMap((p) => {
        const { source: s, target: t } = (p ?? {}) as { source?: unknown; target?: unknown };
        return typeof s === 'string' && typeof t === 'string' && primary(s) === primary(source) ? [t] : [];
      });
    },
    async translate(fragments, pair, signal) {
      const data = (await requestJson(`${base}translate`, {
        method: 'POST',
        json: true,
        body: JSON.stringify({ source: pair.source, target: pair.target, format: 'html', q: fragments }),
        timeout: config.timeout,
        signal,
        retryOn: [502, 503, 504],
      })) as { translations?: unknown };
      const out = data.translations;
      if (!Array.isArray(out) || out.length !== fragments.length) {
        throw new TranslationError('invalid', `${host(base)} answered ${Array.isArray(out) ? out.length : 'no'} translations for ${fragments.length} texts`);
      }
      return out.map((t) => (typeof t === 'string' ? t : null));
    },
  };
}
