/**
 * i18next for Clair's UI: one instance per page, locale files fetched on demand from
 * `<assets>/locales/<lang>.json` (all namespaces of a language merged into one file at build time).
 */
import i18next, { type i18n } from 'i18next';
import type { UiLanguage } from '../core/language.js';

export type Resources = Record<string, Record<string, unknown>>;

const cache = new Map<string, Promise<Resources>>();

export async function fetchLocale(assets: string, lang: string): Promise<Resources> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = fetch(new URL(`locales/${lang}.json`, assets).href, { credentials: 'omit' }).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status} for locale ${lang}`);
      return (await res.json()) as Resources;
    });
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}

export async function createI18n(assets: string, lang: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources = await fetchLocale(assets, lang).catch(() => fetchLocale(assets, 'fr'));
  await instance.init({
    lng: lang,
    fallbackLng: 'fr',
    ns: Object.keys(resources),
    defaultNS: 'core',
    resources: { [lang]: resources },
    interpolation: { escapeValue: false }, // Lit escapes everything it renders.
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

/** Loads a language's strings (and French as fallback) into the instance, then switches to it. */
export async function switchLanguage(instance: i18n, assets: string, lang: UiLanguage): Promise<void> {
  for (const code of new Set<string>([lang, 'fr'])) {
    if (instance.hasResourceBundle(code, 'core')) continue;
    const resources = await fetchLocale(assets, code);
    for (const [ns, bundle] of Object.entries(resources)) instance.addResourceBundle(code, ns, bundle, true, true);
  }
  await instance.changeLanguage(lang);
}
