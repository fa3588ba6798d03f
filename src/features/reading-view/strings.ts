/**
 * The view's UI strings (namespace `layout`), fetched from the same merged locale files the panel
 * uses. The view opens without the panel's i18next instance (Clair.set works without the panel),
 * so it reads its few strings itself.
 */
import type { FeatureContext } from '../../core/feature.js';
import { isRtl, resolveUiLanguage, toUiLanguage } from '../../core/language.js';
import { warn } from '../../core/log.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface Strings {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

type Tree = { [key: string]: string | Tree };

async function fetchNamespace(assets: URL, lang: string): Promise<Tree> {
  const res = await fetch(new URL(`locales/${lang}.json`, assets).href, { credentials: 'omit' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as Record<string, Tree>)['layout'] ?? {};
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export async function loadStrings(ctx: FeatureContext): Promise<Strings> {
  const chosen = ctx.get('uiLanguage');
  const lang = toUiLanguage(typeof chosen === 'string' ? chosen : undefined) ?? resolveUiLanguage(ctx.config.lang, ctx.doc, navigator.languages ?? []);
  const [own, fallback] = await Promise.all([
    fetchNamespace(ctx.assets, lang).catch(() => ({})),
    lang === 'fr' ? Promise.resolve({}) : fetchNamespace(ctx.assets, 'fr').catch(() => ({})),
  ]);
  let warned = false;
  const t: Translate = (key, vars) => {
    const text = lookup(own, key) ?? lookup(fallback, key);
    if (text === undefined) {
      if (!warned) warn('CLAIR_LOAD', `the reading view's UI string "layout:${key}" could not be loaded; check that dist/locales/ is hosted with Clair.`);
      warned = true;
      return key;
    }
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name] ?? ''));
  };
  return { t, lang, dir: isRtl(lang) ? 'rtl' : 'ltr' };
}
