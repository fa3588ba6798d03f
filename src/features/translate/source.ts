/** The page's language: <html lang>, else the site's `translation.source`, else Clair's `lang`. */
export function pageLanguage(doc: Document, source: string | null, uiLang: string): string | null {
  const declared = doc.documentElement.getAttribute('lang')?.trim();
  if (declared) return declared.toLowerCase().split(/[-_]/)[0] ?? null;
  if (source) return source;
  return uiLang === 'auto' ? null : uiLang;
}
