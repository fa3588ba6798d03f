/**
 * Language codes and names. Engines speak different dialects (APy: ISO 639-3 such as "spa" or
 * "eng_US"; LibreTranslate: ISO 639-1; "zh-Hans"...): everything inside Clair is BCP 47, and a
 * language is shown by its own name, which the browser's Intl data already knows.
 */
import { nativeName } from './names.js';

/** ISO 639-3 (and 639-2/B) codes that have a two-letter BCP 47 equivalent, for engines' lists. */
const ISO3_TO_1: Readonly<Record<string, string>> = {
  afr: 'af', amh: 'am', ara: 'ar', arg: 'an', ast: 'ast', aze: 'az', bel: 'be', ben: 'bn', bos: 'bs',
  bre: 'br', bul: 'bg', cat: 'ca', ces: 'cs', cze: 'cs', cym: 'cy', wel: 'cy', dan: 'da', deu: 'de',
  ger: 'de', ell: 'el', gre: 'el', eng: 'en', epo: 'eo', est: 'et', eus: 'eu', baq: 'eu', fas: 'fa',
  per: 'fa', fin: 'fi', fra: 'fr', fre: 'fr', gle: 'ga', glg: 'gl', heb: 'he', hin: 'hi', hrv: 'hr',
  hbs: 'sh', hun: 'hu', hye: 'hy', arm: 'hy', ind: 'id', isl: 'is', ice: 'is', ita: 'it', jpn: 'ja',
  kat: 'ka', geo: 'ka', kaz: 'kk', kor: 'ko', kur: 'ku', lit: 'lt', lav: 'lv', mkd: 'mk', mac: 'mk',
  mlt: 'mt', msa: 'ms', may: 'ms', nld: 'nl', dut: 'nl', nno: 'nn', nob: 'nb', nor: 'no', oci: 'oc',
  pol: 'pl', por: 'pt', pus: 'ps', ron: 'ro', rum: 'ro', rus: 'ru', slk: 'sk', slo: 'sk', slv: 'sl',
  som: 'so', spa: 'es', sqi: 'sq', alb: 'sq', srp: 'sr', swa: 'sw', swe: 'sv', tam: 'ta', tha: 'th',
  tgl: 'tl', tur: 'tr', ukr: 'uk', urd: 'ur', uzb: 'uz', vie: 'vi', wol: 'wo', zho: 'zh', chi: 'zh',
};

/**
 * An engine's code as BCP 47: "spa" → "es", "eng_US" → "en-US", "zh-Hans" stays.
 * Codes that only exist in three letters ("frp", Arpitan) stay three letters, as BCP 47 wants.
 */
export function toBcp47(code: string): string {
  const [lang = '', ...rest] = code.trim().replace(/_/g, '-').split('-');
  const lower = lang.toLowerCase();
  const primary = ISO3_TO_1[lower] ?? lower;
  return [primary, ...rest].join('-');
}

/** The primary language of a tag, lower case: "pt-BR" → "pt". */
export function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Same language for translation purposes ("fr" and "fr-FR"). */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}

/**
 * Languages most asked for by patients in France come first (migration and tourism figures:
 * Arabic, English, Spanish, Portuguese, Turkish, Romanian, Ukrainian, Russian, Chinese...), then
 * the rest by name.
 */
export const FRANCE_ORDER = [
  'ar', 'en', 'es', 'pt', 'tr', 'ro', 'uk', 'ru', 'zh', 'it', 'de', 'pl', 'vi', 'fa', 'ps', 'ta',
  'bn', 'ur', 'sq', 'ka', 'hy', 'nl',
];

export function sortForFrance(tags: readonly string[]): string[] {
  const rank = (tag: string) => {
    const i = FRANCE_ORDER.indexOf(tag);
    const p = FRANCE_ORDER.indexOf(primary(tag));
    return i >= 0 ? i : p >= 0 ? p + 0.5 : Infinity;
  };
  // Names once per language (each one loads that language's locale data).
  const entries = [...new Set(tags)].map((tag) => ({ tag, rank: rank(tag), name: Number.isFinite(rank(tag)) ? '' : nativeName(tag) }));
  return entries.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).map((e) => e.tag);
}
