/**
 * Where glossaries come from, per language of the page:
 * - Clair's built-in glossaries, fetched from `<assets>/glossary/<lang>.json` (copied there by the
 *   build) only when the page has text in that language. Fetched rather than bundled: the French
 *   glossary is ~140 KB of JSON that only visitors who turn the feature on need, JSON parses much
 *   faster than the same data as JavaScript, and the site's own files use the same path;
 * - the site's own files (`glossary: { url }` option, one URL or a list), each in the language its
 *   `lang` field names. A site entry with a built-in entry's id replaces it; a term listed by both
 *   goes to the site's entry (the matcher gives site entries priority).
 */
import type { FeatureContext } from '../../core/feature.js';
import { primarySubtag } from '../../core/language.js';
import { warn } from '../../core/log.js';
import type { Entry } from './matcher.js';
import { validateGlossary, type GlossaryFile } from './validate.js';

const CODE = 'CLAIR_GLOSSARY';
/** Languages Clair ships a glossary for. */
export const BUILT_IN: readonly string[] = ['fr'];

/** The URLs of the `glossary` option, checked. */
export function siteUrls(option: Readonly<Record<string, unknown>> | null, base: string): string[] {
  if (!option) return [];
  for (const key of Object.keys(option)) {
    if (key !== 'url') warn('CLAIR_CONFIG', `option "glossary" has an unknown field "${key}", ignored; accepted: { "url": "/glossaire.json" } (or a list of URLs).`);
  }
  const raw = option['url'];
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : undefined;
  if (!list || list.length === 0) {
    warn('CLAIR_CONFIG', 'option "glossary" needs "url": the address of a glossary file, or a list of them; no site glossary is used.');
    return [];
  }
  const urls: string[] = [];
  for (const item of list) {
    try {
      if (typeof item !== 'string' || item.trim() === '') throw new Error('not a string');
      const url = new URL(item, base);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      urls.push(url.href);
    } catch {
      warn('CLAIR_CONFIG', `option "glossary": ${JSON.stringify(item)} is not an http(s) URL; it is ignored.`);
    }
  }
  return urls;
}

/** Files already loaded on this page: turning the feature off and on again fetches nothing. */
const loaded = new Map<string, Promise<GlossaryFile | null>>();

function fetchGlossary(url: string, credentials: RequestCredentials): Promise<GlossaryFile | null> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetchAndCheck(url, credentials);
    loaded.set(url, pending);
    // A failure is not remembered: the next activation tries again.
    void pending.then((file) => file || loaded.delete(url));
  }
  return pending;
}

async function fetchAndCheck(url: string, credentials: RequestCredentials): Promise<GlossaryFile | null> {
  let data: unknown;
  try {
    const res = await fetch(url, { credentials });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = await res.json();
  } catch (error) {
    warn(CODE, `glossary ${url} could not be loaded (${error instanceof Error ? error.message : String(error)}); it is not used.`);
    return null;
  }
  return validateGlossary(data, url);
}

/** Primary language subtags used on the page (`fallback` for text with no declared language). */
export function pageLanguages(doc: Document, fallback: string): Set<string> {
  const langs = new Set([fallback]);
  for (const el of doc.querySelectorAll('[lang]')) {
    const lang = primarySubtag(el.getAttribute('lang') ?? '');
    if (lang) langs.add(lang);
  }
  return langs;
}

/** Entries per primary language subtag, in priority order (site files first, in option order). */
export async function loadGlossaries(ctx: FeatureContext, langs: ReadonlySet<string>): Promise<Map<string, Entry[]>> {
  const site = siteUrls(ctx.config.glossary, ctx.doc.baseURI);
  const builtIn = BUILT_IN.filter((lang) => langs.has(lang));
  const [siteFiles, builtInFiles] = await Promise.all([
    Promise.all(site.map((url) => fetchGlossary(url, 'same-origin'))),
    Promise.all(builtIn.map((lang) => fetchGlossary(new URL(`glossary/${lang}.json`, ctx.assets).href, 'omit'))),
  ]);
  const byLang = new Map<string, Entry[]>();
  const replaced = new Map<string, Set<string>>();
  for (const file of siteFiles) {
    if (!file) continue;
    const lang = primarySubtag(file.lang);
    const ids = replaced.get(lang) ?? new Set<string>();
    replaced.set(lang, ids);
    const list = byLang.get(lang) ?? [];
    byLang.set(lang, list);
    for (const entry of file.entries) {
      if (ids.has(entry.id)) continue;
      ids.add(entry.id);
      list.push(entry);
    }
  }
  for (const file of builtInFiles) {
    if (!file) continue;
    const lang = primarySubtag(file.lang);
    const ids = replaced.get(lang);
    const list = byLang.get(lang) ?? [];
    byLang.set(lang, list);
    list.push(...file.entries.filter((e) => !ids?.has(e.id)));
  }
  return byLang;
}
