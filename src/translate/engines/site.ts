/**
 * Translations the site ships itself (for example checked by its medical staff): one JSON file per
 * page and language on the site's own origin. Always preferred: fragments the file covers never
 * reach a machine engine; the others go to the next engine, if any.
 *   <url><target>/<page path>.json, e.g. /clair-translations/es/demo/rendez-vous.html.json
 *   { "source": "fr", "target": "es", "segments": { "<fragment as Clair writes it>": "<translation>" } }
 *   <url>languages.json (optional, when the engine config has no "languages"):
 *   { "pairs": [{ "source": "fr", "target": "es" }] }
 * Nothing is sent: the file is fetched, like an image.
 */
import type { EngineConfig } from '../config.js';
import { TranslationError, type TranslationEngine } from '../engine.js';
import { requestJson } from '../http.js';
import { primary } from '../languages.js';

/** Keys match whatever the whitespace. */
export const siteKey = (fragment: string) => fragment.replace(/\s+/g, ' ').trim();

export function pagePath(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index` : path;
}

export function siteEngine(config: EngineConfig & { url: string }, pathname = location.pathname): TranslationEngine {
  const base = config.url;
  const files = new Map<string, Promise<ReadonlyMap<string, string>>>();

  function file(target: string): Promise<ReadonlyMap<string, string>> {
    let pending = files.get(target);
    if (!pending) {
      const url = `${base}${encodeURIComponent(target)}/${pagePath(pathname).split('/').map(encodeURIComponent).join('/')}.json`;
      pending = requestJson(url, { timeout: config.timeout, sameOrigin: true }).then(
        (data) => {
          const segments = (data as { segments?: unknown } | null)?.segments;
          const map = new Map<string, string>();
          if (segments && typeof segments === 'object') {
            for (const [k, v] of Object.entries(segments)) if (typeof v === 'string') map.set(siteKey(k), v);
          }
          return map;
        },
        (error: unknown) => {
          // No file for this page: the next engine translates it.
          if (error instanceof TranslationError && error.status === 404) return new Map<string, string>();
          throw error;
        },
      );
      files.set(target, pending);
    }
    return pending;
  }

  return {
    id: `site:${base}`,
    kind: 'site',
    label: config.label ?? location.hostname,
    host: null,
    machine: false,
    markup: true,
    limits: { maxChars: 1e9, maxFragments: 1e6, maxInFlight: 4 },
    async targets(source) {
      if (config.languages) return config.languages;
      const data = (await requestJson(`${base}languages.json`, { timeout: config.timeout, sameOrigin: true })) as { pairs?: unknown };
      if (!Array.isArray(data.pairs)) return [];
      return data.pairs.flatMap((p: unknown) => {
        const { source: s, target: t } = (p ?? {}) as { source?: unknown; target?: unknown };
        return typeof s === 'string' && typeof t === 'string' && primary(s) === primary(source) ? [t] : [];
      });
    },
    async translate(fragments, pair) {
      const map = await file(pair.target);
      return fragments.map((f) => map.get(siteKey(f)) ?? null);
    },
  };
}
