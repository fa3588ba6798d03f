/**
 * Checks a glossary file against glossary.schema.json, in the browser, for files a site supplies.
 * Every problem gets one console warning naming the file, the entry (number and id) and the field.
 * A bad entry is skipped, the rest of the file is used; a file whose top level is wrong is ignored.
 * (scripts/check-glossary.mjs applies the same rules at build time, plus style warnings.)
 */
import { warn } from '../../core/log.js';
import type { Entry } from './matcher.js';

export interface GlossaryFile {
  readonly lang: string;
  readonly entries: readonly Entry[];
}

const CODE = 'CLAIR_GLOSSARY';
export const CATEGORIES = ['parcours', 'remboursement', 'examen', 'traitement', 'maladie', 'corps', 'abreviation', 'lieu'];
const TOP_KEYS = ['$schema', 'lang', 'version', 'entries'];
const ENTRY_KEYS = ['id', 'terms', 'definition', 'category'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const TERM = /^\S(?:.*\S)?$/su;
const DEFINITION_END = /[.!?…][»"')]*$/u;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the usable part of `data`, or null when the file cannot be used at all. */
export function validateGlossary(data: unknown, source: string): GlossaryFile | null {
  const fileProblem = (message: string) => {
    warn(CODE, `glossary ${source}: ${message}; the file is ignored.`);
    return null;
  };
  if (!isObject(data)) return fileProblem('the file must hold a JSON object');
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) warn(CODE, `glossary ${source}: unknown field "${key}" ignored (fields: ${TOP_KEYS.join(', ')}).`);
  }
  const { lang, version, entries } = data;
  if (typeof lang !== 'string' || !LANG.test(lang)) return fileProblem('field "lang" must be a language tag such as "fr" or "pt-BR"');
  if (version !== 1) return fileProblem(`field "version" must be 1 (got ${JSON.stringify(version) ?? 'nothing'})`);
  if (!Array.isArray(entries) || entries.length === 0) return fileProblem('field "entries" must be a non-empty list');

  const ids = new Set<string>();
  const terms = new Map<string, string>();
  const valid: Entry[] = [];
  entries.forEach((raw: unknown, index) => {
    const entry = checkEntry(raw, `${source}: entry #${index + 1}`, lang);
    if (!entry) return;
    const where = `glossary ${source}: entry #${index + 1} ("${entry.id}")`;
    if (ids.has(entry.id)) {
      warn(CODE, `${where}: field "id" repeats an earlier entry's id; entry skipped.`);
      return;
    }
    ids.add(entry.id);
    const own = entry.terms.filter((term) => {
      const key = term.toLowerCase();
      const other = terms.get(key);
      if (other) warn(CODE, `${where}: field "terms": "${term}" is already a term of "${other}"; it is ignored here.`);
      else terms.set(key, entry.id);
      return !other;
    });
    if (own.length > 0) valid.push({ ...entry, terms: own });
  });
  return { lang, entries: valid };
}

function checkEntry(raw: unknown, where: string, lang: string): Entry | null {
  if (!isObject(raw)) {
    warn(CODE, `glossary ${where}: must be an object with id, terms, definition and category; entry skipped.`);
    return null;
  }
  const label = typeof raw['id'] === 'string' ? `${where} ("${raw['id']}")` : where;
  const skip = (field: string, rule: string) => {
    warn(CODE, `glossary ${label}: field "${field}" ${rule}; entry skipped.`);
    return null;
  };
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.includes(key)) warn(CODE, `glossary ${label}: unknown field "${key}" ignored (fields: ${ENTRY_KEYS.join(', ')}).`);
  }
  const { id, terms, definition, category } = raw;
  if (typeof id !== 'string' || !ID.test(id) || id.length > 80) return skip('id', 'must be kebab-case ASCII such as "medecin-traitant" (80 characters at most)');
  if (!Array.isArray(terms) || terms.length === 0) return skip('terms', 'must be a non-empty list of words');
  const bad = terms.find((t: unknown) => typeof t !== 'string' || t.length > 80 || !TERM.test(t));
  if (bad !== undefined) return skip('terms', `holds ${JSON.stringify(bad)}: each term is text of 1 to 80 characters without spaces at either end`);
  if (new Set(terms).size !== terms.length) return skip('terms', 'lists the same term twice');
  if (typeof definition !== 'string' || definition.length < 10 || definition.length > 400 || !DEFINITION_END.test(definition.trim())) {
    return skip('definition', 'must be text of 10 to 400 characters ending with . ! or ?');
  }
  if (typeof category !== 'string' || !CATEGORIES.includes(category)) return skip('category', `must be one of ${CATEGORIES.join(', ')}`);
  return { id, terms: terms as string[], definition: definition.trim(), category, lang };
}
