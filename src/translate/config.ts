/**
 * The `translation` option, validated. Core hands it over as a raw object; this file checks its
 * shape once and warns, naming the option path, the bad value and what is accepted:
 *
 *   translation: {
 *     engines: [{ type: 'site', url: '/clair-translations/' }, { type: 'apertium', url: 'https://mt.example/apy' }],
 *     privateSelectors: ['.patient-card'],   // added to the default [data-clair-private]
 *     source: 'fr',                          // only when <html lang> is missing
 *   }
 *
 * Without the option, the browser's own on-device translation is offered where it exists.
 */
import { warn } from '../core/log.js';
import type { EngineKind } from './engine.js';

export const ENGINE_KINDS = ['site', 'browser', 'apertium', 'libretranslate', 'json'] as const satisfies readonly EngineKind[];

export const DEFAULT_PRIVATE = '[data-clair-private]';
export const DEFAULT_TIMEOUT = 15_000;

export interface EngineConfig {
  readonly type: EngineKind;
  /** Endpoint (absolute, ends with "/"); absent for the browser engine. */
  readonly url: string | null;
  readonly label: string | null;
  /** Target languages, when the site lists them (skips asking the engine). */
  readonly languages: readonly string[] | null;
  /** Per-request time limit, ms. */
  readonly timeout: number;
  readonly maxChars: number | null;
}

export interface TranslationConfig {
  readonly engines: readonly EngineConfig[];
  /** Never translated, never sent anywhere. Always includes [data-clair-private]. */
  readonly privateSelectors: readonly string[];
  /** Page language when <html lang> is missing. */
  readonly source: string | null;
}

const KNOWN_KEYS = ['engines', 'privateSelectors', 'source'];
const ENGINE_KEYS = ['type', 'url', 'label', 'languages', 'timeout', 'maxChars'];
const NEEDS_URL: readonly EngineKind[] = ['site', 'apertium', 'libretranslate', 'json'];
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const parsed = new WeakMap<object, TranslationConfig>();

export function parseTranslationConfig(raw: Readonly<Record<string, unknown>> | null, doc: Document = document): TranslationConfig {
  if (raw === null) return defaults();
  const known = parsed.get(raw);
  if (known) return known;
  const result = Object.freeze({
    engines: Object.freeze(parseEngines(raw['engines'], doc)),
    privateSelectors: Object.freeze(parsePrivate(raw['privateSelectors'], doc)),
    source: parseSource(raw['source']),
  });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) bad(`translation.${key}`, raw[key], `one of the options ${KNOWN_KEYS.join(', ')}`, 'ignored');
  }
  parsed.set(raw, result);
  return result;
}

function defaults(): TranslationConfig {
  return { engines: [engine('browser', null, {})], privateSelectors: [DEFAULT_PRIVATE], source: null };
}

function engine(type: EngineKind, url: string | null, raw: Record<string, unknown>, path = ''): EngineConfig {
  return Object.freeze({
    type,
    url,
    label: typeof raw['label'] === 'string' && raw['label'].trim() ? raw['label'].trim().slice(0, 60) : null,
    languages: parseLanguages(raw['languages'], `${path}.languages`),
    timeout: parseNumber(raw['timeout'], `${path}.timeout`, 1_000, 120_000) ?? DEFAULT_TIMEOUT,
    maxChars: parseNumber(raw['maxChars'], `${path}.maxChars`, 200, 100_000),
  });
}

function parseEngines(raw: unknown, doc: Document): EngineConfig[] {
  if (raw === undefined) return defaults().engines as EngineConfig[];
  if (!Array.isArray(raw)) {
    bad('translation.engines', raw, 'a list of engines such as [{ "type": "apertium", "url": "https://…" }]', 'no engine is used');
    return [];
  }
  const engines: EngineConfig[] = [];
  raw.forEach((item: unknown, i) => {
    const path = `translation.engines[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      bad(path, item, 'an object with a "type"', 'this engine is ignored');
      return;
    }
    const entry = item as Record<string, unknown>;
    const type = entry['type'];
    if (typeof type !== 'string' || !(ENGINE_KINDS as readonly string[]).includes(type)) {
      bad(`${path}.type`, type, ENGINE_KINDS.join(', '), 'this engine is ignored');
      return;
    }
    for (const key of Object.keys(entry)) {
      if (/key|secret|token|password/i.test(key)) {
        warn('CLAIR_TRANSLATE_CONFIG', `option "${path}.${key}" looks like a secret: API keys must stay on your server (put the engine behind your own endpoint). It is ignored.`);
      } else if (!ENGINE_KEYS.includes(key)) {
        bad(`${path}.${key}`, entry[key], `one of ${ENGINE_KEYS.join(', ')}`, 'ignored');
      }
    }
    let url: string | null = null;
    if (NEEDS_URL.includes(type as EngineKind)) {
      url = parseUrl(entry['url'], doc);
      if (!url) {
        bad(`${path}.url`, entry['url'], 'an http(s) URL (relative URLs are resolved against the page)', 'this engine is ignored');
        return;
      }
      if (type === 'site' && new URL(url).origin !== new URL(doc.baseURI).origin) {
        bad(`${path}.url`, entry['url'], "a folder on the site's own origin", 'this engine is ignored');
        return;
      }
    }
    if (engines.some((e) => e.type === type && e.url === url)) {
      bad(path, item, 'each engine once', 'the duplicate is ignored');
      return;
    }
    engines.push(engine(type as EngineKind, url, entry, path));
  });
  return engines;
}

function parseUrl(raw: unknown, doc: Document): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim(), doc.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
}

function parsePrivate(raw: unknown, doc: Document): string[] {
  const selectors = [DEFAULT_PRIVATE];
  if (raw === undefined) return selectors;
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list)) {
    bad('translation.privateSelectors', raw, 'a list of CSS selectors', `only ${DEFAULT_PRIVATE} is used`);
    return selectors;
  }
  list.forEach((s: unknown, i) => {
    if (typeof s !== 'string' || !validSelector(s, doc)) {
      bad(`translation.privateSelectors[${i}]`, s, 'a valid CSS selector', 'ignored');
      return;
    }
    if (!selectors.includes(s.trim())) selectors.push(s.trim());
  });
  return selectors;
}

function validSelector(selector: string, doc: Document): boolean {
  if (selector.trim() === '') return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function parseSource(raw: unknown): string | null {
  if (raw === undefined) return null;
  if (typeof raw === 'string' && TAG.test(raw.trim())) return raw.trim();
  bad('translation.source', raw, 'a language tag such as "fr"', 'the page language is read from <html lang>');
  return null;
}

function parseLanguages(raw: unknown, path: string): string[] | null {
  if (raw === undefined) return null;
  if (Array.isArray(raw) && raw.every((l): l is string => typeof l === 'string' && TAG.test(l.trim()))) {
    return raw.map((l) => l.trim());
  }
  bad(path, raw, 'a list of language tags such as ["es", "ar"]', 'the engine is asked for its languages');
  return null;
}

function parseNumber(raw: unknown, path: string, min: number, max: number): number | null {
  if (raw === undefined) return null;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max) return raw;
  bad(path, raw, `a number from ${min} to ${max}`, 'the default is used');
  return null;
}

function bad(path: string, value: unknown, accepted: string, consequence: string): void {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 80) shown = `${shown.slice(0, 77)}...`;
  warn('CLAIR_TRANSLATE_CONFIG', `option "${path}" has an invalid value ${shown}; accepted: ${accepted}. ${consequence[0]?.toUpperCase()}${consequence.slice(1)}.`);
}
