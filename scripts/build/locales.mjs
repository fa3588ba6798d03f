/**
 * Build plugins for UI strings:
 * - `launcherStrings()` resolves `virtual:clair-launcher-strings` to the `launcher.*` keys of every
 *   language's core.json (the only strings the start-up bundle needs);
 * - `mergeLocales()` writes dist/locales/<lang>.json: all namespaces of a language in one file,
 *   fetched on demand by the panel.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LOCALES = path.resolve('src/locales');
const VIRTUAL = 'virtual:clair-launcher-strings';

export async function readLocales() {
  const result = {};
  for (const lang of (await readdir(LOCALES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name)) {
    result[lang] = {};
    for (const file of (await readdir(path.join(LOCALES, lang))).filter((f) => f.endsWith('.json')).sort()) {
      result[lang][file.replace(/\.json$/, '')] = JSON.parse(await readFile(path.join(LOCALES, lang, file), 'utf8'));
    }
  }
  return result;
}

export function launcherStrings() {
  return {
    name: 'clair-launcher-strings',
    resolveId: (id) => (id === VIRTUAL ? '\0' + VIRTUAL : null),
    async load(id) {
      if (id !== '\0' + VIRTUAL) return null;
      const locales = await readLocales();
      const strings = {};
      for (const [lang, namespaces] of Object.entries(locales)) {
        const launcher = namespaces.core?.launcher;
        if (launcher) strings[lang] = { label: launcher.label, landmark: launcher.landmark, loadError: launcher.loadError };
      }
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}

export function mergeLocales(outDir) {
  return {
    name: 'clair-merge-locales',
    async writeBundle() {
      const locales = await readLocales();
      await mkdir(path.join(outDir, 'locales'), { recursive: true });
      for (const [lang, namespaces] of Object.entries(locales)) {
        await writeFile(path.join(outDir, 'locales', `${lang}.json`), JSON.stringify(namespaces));
      }
    },
  };
}
