/**
 * What to tell the visitor about the translation, in words shared by the panel control and the
 * note on the page. Language names inside sentences come from the browser's Intl data, in the
 * language of the sentence ("espagnol" in French, "español" in Spanish).
 */
import { languageName } from '../../translate/names.js';
import type { TranslateState } from './state.js';

export { languageName, nativeName } from '../../translate/names.js';

export type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

export function errorText(s: TranslateState, t: Translate, lang: string): string {
  const e = s.error;
  if (!e) return '';
  const host = e.host ?? (s.engine?.kind === 'browser' ? t('engine.browser') : (s.engine?.label ?? location.host));
  const vars = { host, status: e.status ?? '', name: languageName(s.lang, lang) };
  return `${t(`error.${e.kind}`, vars)} ${s.phase === 'error' ? t('error.kept') : ''}`.trim();
}

/** The sentence describing a finished translation, with its engine. */
export function doneText(s: TranslateState, t: Translate, lang: string): string {
  const name = languageName(s.lang, lang);
  if (!s.machine) return t('status.site', { name });
  const engine = s.engine?.kind === 'browser' ? t('engine.browser') : (s.engine?.label ?? '');
  return t('status.machine', { name, engine });
}

export function partialText(s: TranslateState, t: Translate, lang: string): string {
  return s.failed > 0 ? t('status.partial', { count: s.failed, source: languageName(s.source, lang) }) : '';
}
