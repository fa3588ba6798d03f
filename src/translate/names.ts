/**
 * Language names from the browser's own Intl data: "espagnol" in a French sentence, "Español" in
 * a list of languages. Building an Intl.DisplayNames loads locale data (tens of ms the first time),
 * so each name is computed once.
 */
const cache = new Map<string, string>();

/** Names the browser's Intl data lacks (Apertium offers Arpitan from French). */
const MISSING: Readonly<Record<string, string>> = { frp: 'Arpetan' };

export function languageName(tag: string | null, inLanguage: string): string {
  if (!tag) return '';
  const key = `${tag}|${inLanguage}`;
  let name = cache.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    if (name === tag) name = MISSING[tag] ?? tag;
    cache.set(key, name);
  }
  return name;
}

/** Each language in itself, capitalised as that language does: "Español", "Українська". */
export function nativeName(tag: string): string {
  const name = languageName(tag, tag);
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
