/**
 * LibreTranslate (self-hostable, Argos models): POST JSON /translate with q as a list and
 * format "html"; GET /languages lists each language with its targets. No API key is ever sent from
 * the browser: a site that needs one puts LibreTranslate behind its own endpoint.
 */
import type { EngineConfig } from '../config.js';
import { TranslationError, type TranslationEngine } from '../engine.js';
import { host, requestJson } from '../http.js';
import { primary } from '../languages.js';
import { remembered } from '../remember.js';

/** LibreTranslate's own codes that are not BCP 47. */
const FROM_LT: Readonly<Record<string, string>> = { zt: 'zh-Hant', pb: 'pt-BR' };
const TO_LT: Readonly<Record<string, string>> = { 'zh-Hant': 'zt', 'pt-BR': 'pb', 'zh-Hans': 'zh' };

const fromLt = (code: string) => FROM_LT[code] ?? code;
const toLt = (tag: string) => TO_LT[tag] ?? primary(tag);

export function libreTranslateEngine(config: EngineConfig & { url: string }): TranslationEngine {
  const base = config.url;
  return {
    id: `libretranslate:${base}`,
    kind: 'libretranslate',
    label: config.label ?? 'LibreTranslate',
    host: host(base),
    machine: true,
    markup: true,
    limits: { maxChars: config.maxChars ?? 5_000, maxFragments: 50, maxInFlight: 2 },
    async targets(source) {
      if (config.languages) return config.languages;
      const list = await remembered(`pairs:libretranslate:${base}`, async () => {
        const data = await requestJson(`${base}languages`, { timeout: config.timeout });
        if (!Array.isArray(data)) throw new TranslationError('invalid', `${host(base)} /languages is not a list`);
        return data as unknown[];
      });
      const entry = list.find((l): l is { code: string; targets?: unknown } => !!l && (l as { code?: unknown }).code === toLt(source));
      return Array.isArray(entry?.targets) ? entry.targets.filter((t): t is string => typeof t === 'string').map(fromLt) : [];
    },
    async translate(fragments, pair, signal) {
      const data = (await requestJson(`${base}translate`, {
        method: 'POST',
        json: true,
        body: JSON.stringify({ q: fragments, source: toLt(pair.source), target: toLt(pair.target), format: 'html' }),
        timeout: config.timeout,
        signal,
        retryOn: [502, 503, 504],
      })) as { translatedText?: unknown };
      const out = data.translatedText;
      if (!Array.isArray(out) || out.length !== fragments.length) {
        throw new TranslationError('invalid', `${host(base)} answered ${Array.isArray(out) ? out.length : 'no'} translations for ${fragments.length} texts`);
      }
      return out.map((t) => (typeof t === 'string' ? t : null));
    },
  };
}
