/** UI languages Clair ships, and how the one to use is chosen. */
export const UI_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar', 'tr', 'ro', 'uk', 'ru', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's name in itself, shown in the language picker. */
export const NATIVE_NAMES: Readonly<Record<UiLanguage, string>> = {
  fr: 'Français',
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
  ar: 'العربية',
  tr: 'Türkçe',
  ro: 'Română',
  uk: 'Українська',
  ru: 'Русский',
  zh: '中文',
};

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'ug']);

export function isRtl(lang: string): boolean {
  return RTL_LANGUAGES.has(primarySubtag(lang));
}

export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function toUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const primary = primarySubtag(tag);
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : undefined;
}

/** Config, then the page's `<html lang>`, then the browser's languages, then French. */
export function resolveUiLanguage(
  configured: UiLanguage | 'auto',
  doc: Document,
  browserLanguages: readonly string[],
): UiLanguage {
  if (configured !== 'auto') return configured;
  const fromPage = toUiLanguage(doc.documentElement.lang);
  if (fromPage) return fromPage;
  for (const tag of browserLanguages) {
    const lang = toUiLanguage(tag);
    if (lang) return lang;
  }
  return 'fr';
}
