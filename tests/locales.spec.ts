/**
 * UI strings: every language has every key of the French source, no empty strings, the same
 * {{placeholders}}; and what the panel shows comes from the locale files (nothing hard-coded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UI_LANGUAGES } from '../src/core/language';
import { configure, expect, gotoClair, openPanel, panel, test } from './helpers/clair';

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

test('no visible text in the panel is hard-coded: French and English panels share no sentence', async ({ page }) => {
  const texts = async (lang: string) => {
    await configure(page, { lang });
    await gotoClair(page, '/tests/fixtures/basic.html');
    await openPanel(page);
    const t = await panel(page).evaluate((root) => {
      const out: string[] = [];
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) out.push(n.textContent!.trim());
        if (n instanceof Element) {
          for (const a of ['aria-label', 'title', 'placeholder']) if (n.getAttribute(a)) out.push(n.getAttribute(a)!);
          if (n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
        }
        n.childNodes.forEach(walk);
      };
      walk(root);
      return out;
    });
    return t;
  };
  const fr = await texts('fr');
  const en = await texts('en');
  // Language names are shown in their own language on purpose (same in both panels).
  const shared = fr.filter((s) => en.includes(s) && !/^(Français|English|Español|Deutsch|Italiano|Português|العربية|Türkçe|Română|Українська|Русский|中文|Alt\+Shift\+A|\d+ ?%?)$/.test(s));
  expect(shared).toEqual([]);
});
