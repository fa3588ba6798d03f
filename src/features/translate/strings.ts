/**
 * The `translate` namespace strings for parts of translation that live outside the panel (the
 * note on the page, which also shows when the panel never opened). Read from Clair's own locale
 * files (same origin as Clair); `{{name}}` placeholders are filled in as plain text.
 */
export type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

const loaded = new Map<string, Promise<Record<string, unknown> | null>>();

function load(assets: URL, lang: string): Promise<Record<string, unknown> | null> {
  let pending = loaded.get(lang);
  if (!pending) {
    pending = fetch(new URL(`locales/${lang}.json`, assets).href, { credentials: 'omit' })
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, unknown>>) : null))
      .then((all) => (all?.['translate'] as Record<string, unknown> | undefined) ?? null)
      .catch(() => null);
    loaded.set(lang, pending);
  }
  return pending;
}

function lookup(bundle: Record<string, unknown> | null, key: string): string | undefined {
  let current: unknown = bundle;
  for (const part of key.split('.')) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/** Strings in `lang`, falling back to French (the source language of Clair's strings). */
export async function loadStrings(assets: URL, lang: string): Promise<Translate> {
  const [own, fr] = await Promise.all([load(assets, lang), load(assets, 'fr')]);
  return (key, vars = {}) => {
    const text = lookup(own, key) ?? lookup(fr, key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}
