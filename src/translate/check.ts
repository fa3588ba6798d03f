/**
 * A cheap look at whether an engine answered in the language asked for: the writing system of the
 * answer (Arabic for "ar", Cyrillic for "uk"...), and, between languages sharing one, whether it
 * merely sent the source back. A wrong answer is refused as a whole, never shown.
 */
import { primary } from './languages.js';

const SCRIPT: Readonly<Record<string, RegExp>> = (() => {
  const arabic = /\p{Script=Arabic}/u;
  const cyrillic = /\p{Script=Cyrillic}/u;
  const devanagari = /\p{Script=Devanagari}/u;
  const ethiopic = /\p{Script=Ethiopic}/u;
  return {
    ar: arabic, fa: arabic, ur: arabic, ps: arabic, ku: arabic,
    he: /\p{Script=Hebrew}/u, yi: /\p{Script=Hebrew}/u,
    ru: cyrillic, uk: cyrillic, bg: cyrillic, be: cyrillic, mk: cyrillic, kk: cyrillic, ky: cyrillic, mn: cyrillic, tg: cyrillic,
    zh: /\p{Script=Han}/u, ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, ko: /\p{Script=Hangul}/u,
    el: /\p{Script=Greek}/u, hy: /\p{Script=Armenian}/u, ka: /\p{Script=Georgian}/u, th: /\p{Script=Thai}/u,
    hi: devanagari, mr: devanagari, ne: devanagari, bn: /\p{Script=Bengali}/u, ta: /\p{Script=Tamil}/u,
    te: /\p{Script=Telugu}/u, kn: /\p{Script=Kannada}/u, ml: /\p{Script=Malayalam}/u, gu: /\p{Script=Gujarati}/u,
    pa: /\p{Script=Gurmukhi}/u, si: /\p{Script=Sinhala}/u, my: /\p{Script=Myanmar}/u, km: /\p{Script=Khmer}/u,
    lo: /\p{Script=Lao}/u, am: ethiopic, ti: ethiopic,
  };
})();
const LATIN = /\p{Script=Latin}/u;

function share(text: string, script: RegExp): number {
  let letters = 0;
  let matching = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (script.test(ch)) matching++;
  }
  return letters === 0 ? 1 : matching / letters;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** True when the answers look like another language than `target`. */
export function looksWrong(sources: readonly string[], answers: readonly string[], source: string, target: string): boolean {
  const text = answers.join(' ');
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) return false; // too little to judge
  const expected = SCRIPT[primary(target)] ?? LATIN;
  if (share(text, expected) < 0.5) return true;
  const sourceScript = SCRIPT[primary(source)] ?? LATIN;
  if (sourceScript !== expected) return false;
  // Same writing system: an answer that is the source, word for word, for most long passages.
  let long = 0;
  let echoed = 0;
  sources.forEach((s, i) => {
    if (s.split(/\s+/).length < 4) return;
    long++;
    if (normal(s) === normal(answers[i] ?? '')) echoed++;
  });
  return long >= 3 && echoed / long >= 0.6;
}
