/**
 * The language list (lazy: loaded when the visitor opens it). Asks each configured engine which
 * languages it reaches from the page's language (a request without any page content, remembered
 * for a day; skipped when the site lists the languages) and orders them for French patients.
 */
import type { ClairConfig } from '../../core/config.js';
import { parseTranslationConfig } from '../../translate/config.js';
import { createEngines } from '../../translate/engines/index.js';
import { primary, sortForFrance } from '../../translate/languages.js';
import { reachable } from '../../translate/route.js';
import { pageLanguage } from './source.js';
import type { TranslateState } from './state.js';
import { TARGET_LANGUAGES } from './targets.js';

export interface Catalog {
  readonly source: string | null;
  /** Setting values the visitor can choose, most asked for first. */
  readonly languages: readonly string[];
  readonly error: TranslateState['error'];
}

/** An engine's tag as a value of the setting ("zh-Hans" is offered as "zh-Hans", "fr-CA" as "fr"). */
function accepted(tag: string): string | null {
  if (TARGET_LANGUAGES.includes(tag)) return tag;
  return TARGET_LANGUAGES.includes(primary(tag)) ? primary(tag) : null;
}

export async function listLanguages(config: ClairConfig, doc: Document = document): Promise<Catalog> {
  const tconfig = parseTranslationConfig(config.translation, doc);
  const source = pageLanguage(doc, tconfig.source, config.lang);
  if (!source) return { source, languages: [], error: { kind: 'noSource', host: null } };
  const engines = createEngines(tconfig);
  if (engines.length === 0) return { source, languages: [], error: { kind: 'noEngine', host: null } };
  const found = await reachable(engines, source);
  const languages = sortForFrance([...found.routes.keys()].flatMap((t) => accepted(t) ?? []));
  const failure = found.failures[0];
  const error = languages.length === 0 ? (failure ? { kind: failure.error.kind, host: failure.engine.host, status: failure.error.status } : { kind: 'noEngine' as const, host: null }) : null;
  return { source, languages, error };
}
