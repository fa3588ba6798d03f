/**
 * UI strings: every language has every key of the French source, no empty strings, the same
 * {{placeholders}}; and what the panel shows comes from the locale files (nothing hard-coded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UI_LANGUAGES } from '../src/core/language';
import { expect, gotoClair, openPanel, panel, test } from './helpers/clair';

const DIR = 'src/locales';
type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const load = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(path.join(DIR, lang, `${ns}.json`), 'utf8')) as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

test('every UI language has exactly the keys of the French source, translated and non-empty', () => {
  const namespaces = readdirSync(path.join(DIR, 'fr')).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', ''));
  expect(namespaces).toContain('core');
  expect(readdirSync(DIR).sort()).toEqual([...UI_LANGUAGES].sort());
  for (const ns of namespaces) {
    const source = load('fr', ns);
    for (const lang of UI_LANGUAGES) {
      const strings = load(lang, ns);
      expect([...strings.keys()].sort(), `${lang}/${ns}.json keys`).toEqual([...source.keys()].sort());
      for (const [key, value] of strings) {
        expect(value.trim(), `${lang}/${ns}:${key} is empty`).not.toBe('');
        expect(placeholders(value), `${lang}/${ns}:${key} placeholders`).toEqual(placeholders(source.get(key)!));
      }
    }
  }
});

/**
 * Pseudo-localisation: every string of the locale files is served wrapped in ⟦ ⟧. Any text the
 * panel shows without the brackets did not come from the locale files (unless it is page content,
 * a language's own name, a number or a font's proper name).
 */
test('no visible text in the panel is hard-coded (pseudo-localised locale files)', async ({ page }) => {
  await page.route('**/dist/locales/*.json', async (route) => {
    const res = await route.fetch();
    const wrap = (v: unknown): unknown =>
      typeof v === 'string' ? `⟦${v}⟧` : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wrap(x)])) : v;
    await route.fulfill({ response: res, json: wrap(await res.json()) });
  });
  await gotoClair(page, '/tests/fixtures/basic.html');
  await openPanel(page);
  const unlocalised = await panel(page).evaluate((root) => {
    const pageText = document.body.innerText;
    const out: string[] = [];
    const check = (text: string) => {
      const t = text.trim();
      if (!t || t.includes('⟦') || pageText.includes(t)) return;
      if (/^[\d\s.,:%+−\-–×/()]+$/u.test(t)) return; // numbers, percentages, symbols
      out.push(t);
    };
    const walk = (n: Node) => {
      if (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || n.localName === 'style')) return;
      if (n.nodeType === Node.TEXT_NODE) check(n.textContent ?? '');
      if (n instanceof Element) {
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (n.hasAttribute(a)) check(n.getAttribute(a)!);
        if (n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
      }
      n.childNodes.forEach(walk);
    };
    walk(root);
    return out;
  });
  // Proper names are shown as they are, on purpose: each language's own name, and font names.
  const own = /^(Français|English|Español|Deutsch|Italiano|Português|العربية|Türkçe|Română|Українська|Русский|中文|Luciole|OpenDyslexic|Atkinson Hyperlegible|Lexend)$/;
  expect(unlocalised.filter((t) => !own.test(t))).toEqual([]);
});
