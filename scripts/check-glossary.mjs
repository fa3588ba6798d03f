#!/usr/bin/env node
/**
 * Checks a plain-language glossary file (the format of
 * src/features/plain-language/glossary/glossary.schema.json). No dependencies.
 *   node scripts/check-glossary.mjs [file.json ...] [--site] [--min-entries N] [--quiet]
 * - with no file, checks the built-in French glossary;
 * - the built-in French glossary must hold at least 150 entries; other files at least 1
 *   (`--site` checks a site's own override file: no minimum; `--min-entries N` sets one);
 * - errors: JSON syntax, missing or unknown fields, wrong types, bad ids, duplicate ids,
 *   duplicate terms (case-insensitive, across the whole file), unknown categories,
 *   definitions outside 1 to 4 sentences or without final punctuation;
 * - warnings (do not fail): sentences over 15 words (the FALC target is 12), and terms that
 *   only differ by accents from a term of another entry.
 * Prints a summary; exits with 1 when there is at least one error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT_IN = path.join(root, 'src/features/plain-language/glossary/fr.json');

export const CATEGORIES = [
  'parcours',
  'remboursement',
  'examen',
  'traitement',
  'maladie',
  'corps',
  'abreviation',
  'lieu',
];
const TOP_KEYS = new Set(['$schema', 'lang', 'version', 'entries']);
const ENTRY_KEYS = new Set(['id', 'terms', 'definition', 'category']);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const FORMAT_VERSION = 1;
const MIN_SENTENCES = 1;
const MAX_SENTENCES = 4;
const FALC_WORDS = 12; // target length of a sentence (reported)
const WARN_WORDS = 15; // longer sentences get a warning
const MAX_TERM_LENGTH = 80;
const MAX_DEFINITION_LENGTH = 400;

/** Splits a definition into sentences: after . ! ? or …, optionally followed by a closing quote. */
export function sentences(text) {
  return text
    .trim()
    .split(/(?<=[.!?…][»"')]*)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Counts words: whitespace-separated tokens holding at least one letter or digit. */
export function words(sentence) {
  return sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const fold = (s, lang) => s.normalize('NFC').trim().toLocaleLowerCase(lang).replace(/\s+/gu, ' ');
const foldAccents = (s, lang) => fold(s, lang).normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Validates a parsed glossary. Returns { errors, warnings, stats }.
 * @param {unknown} data
 * @param {{ minEntries?: number }} [options]
 */
export function checkGlossary(data, options = {}) {
  const errors = [];
  const warnings = [];
  const stats = {
    lang: '?',
    entries: 0,
    terms: 0,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
    sentences: 0,
    words: 0,
    maxWords: 0,
    overTarget: 0,
    perDefinition: { 1: 0, 2: 0, 3: 0, 4: 0 },
  };

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    errors.push('the file must hold a JSON object');
    return { errors, warnings, stats };
  }
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) errors.push(`unknown top-level field "${key}"`);
  }
  if (data.$schema !== undefined && typeof data.$schema !== 'string') errors.push('"$schema" must be a string');
  if (typeof data.lang !== 'string' || !LANG_RE.test(data.lang)) {
    errors.push('"lang" is required: a language code such as "fr", "en" or "pt-BR"');
  } else {
    stats.lang = data.lang;
  }
  if (data.version !== FORMAT_VERSION) errors.push(`"version" is required and must be ${FORMAT_VERSION}`);
  if (!Array.isArray(data.entries)) {
    errors.push('"entries" is required and must be an array');
    return { errors, warnings, stats };
  }

  const lang = stats.lang === '?' ? 'fr' : stats.lang;
  const minEntries = options.minEntries ?? (lang === 'fr' ? 150 : 1);
  const ids = new Map(); // id -> index
  const terms = new Map(); // folded term -> entry label
  const termsNoAccents = new Map(); // accent-folded term -> { index, label, term }

  data.entries.forEach((entry, index) => {
    const where = `entries[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      errors.push(`${where}: must be an object`);
      return;
    }
    const label = typeof entry.id === 'string' ? `${where} "${entry.id}"` : where;
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) errors.push(`${label}: unknown field "${key}"`);
    }
    for (const key of ENTRY_KEYS) {
      if (!(key in entry)) errors.push(`${label}: missing "${key}"`);
    }

    // id
    if ('id' in entry) {
      if (typeof entry.id !== 'string' || !ID_RE.test(entry.id)) {
        errors.push(`${label}: "id" must be kebab-case ASCII (a-z, 0-9, single hyphens)`);
      } else if (ids.has(entry.id)) {
        errors.push(`${label}: duplicate id (already used by entries[${ids.get(entry.id)}])`);
      } else {
        ids.set(entry.id, index);
      }
    }

    // terms
    if ('terms' in entry) {
      if (!Array.isArray(entry.terms) || entry.terms.length === 0) {
        errors.push(`${label}: "terms" must be a non-empty array of strings`);
      } else {
        const own = new Set();
        for (const term of entry.terms) {
          if (typeof term !== 'string' || term.trim() === '') {
            errors.push(`${label}: every term must be a non-empty string`);
            continue;
          }
          stats.terms += 1;
          if (term !== term.trim()) errors.push(`${label}: term "${term}" has leading or trailing spaces`);
          if (/\s{2,}/u.test(term)) errors.push(`${label}: term "${term}" has repeated spaces`);
          if (term.length > MAX_TERM_LENGTH) errors.push(`${label}: term "${term}" is longer than ${MAX_TERM_LENGTH} characters`);
          const key = fold(term, lang);
          if (own.has(key)) {
            errors.push(`${label}: term "${term}" is listed twice in the entry`);
            continue;
          }
          own.add(key);
          if (terms.has(key)) {
            errors.push(`${label}: term "${term}" is already a term of ${terms.get(key)}`);
            continue;
          }
          terms.set(key, label);
          const bare = foldAccents(term, lang);
          const other = termsNoAccents.get(bare);
          if (other && other.index !== index) {
            warnings.push(`${label}: term "${term}" only differs by accents from "${other.term}" (${other.label})`);
          } else if (!other) {
            termsNoAccents.set(bare, { index, label, term });
          }
        }
      }
    }

    // definition
    if ('definition' in entry) {
      const def = entry.definition;
      if (typeof def !== 'string' || def.trim() === '') {
        errors.push(`${label}: "definition" must be a non-empty string`);
      } else {
        if (def !== def.trim()) errors.push(`${label}: definition has leading or trailing spaces`);
        if (def.length > MAX_DEFINITION_LENGTH) errors.push(`${label}: definition is longer than ${MAX_DEFINITION_LENGTH} characters`);
        if (!/[.!?…][»"')]*$/u.test(def.trim())) errors.push(`${label}: definition must end with . ! ? or …`);
        if (/ {2,}/u.test(def)) errors.push(`${label}: definition has repeated spaces`);
        const list = sentences(def);
        if (list.length < MIN_SENTENCES || list.length > MAX_SENTENCES) {
          errors.push(`${label}: definition has ${list.length} sentences (allowed: ${MIN_SENTENCES} to ${MAX_SENTENCES})`);
        } else {
          stats.perDefinition[list.length] += 1;
        }
        for (const sentence of list) {
          const n = words(sentence);
          stats.sentences += 1;
          stats.words += n;
          stats.maxWords = Math.max(stats.maxWords, n);
          if (n > FALC_WORDS) stats.overTarget += 1;
          if (n > WARN_WORDS) warnings.push(`${label}: sentence of ${n} words (FALC target: ${FALC_WORDS}): "${sentence}"`);
        }
      }
    }

    // category
    if ('category' in entry) {
      if (typeof entry.category !== 'string' || !CATEGORIES.includes(entry.category)) {
        errors.push(`${label}: "category" must be one of ${CATEGORIES.join(', ')}`);
      } else {
        stats.categories[entry.category] += 1;
      }
    }
    stats.entries += 1;
  });

  if (stats.entries < minEntries) {
    const hint = options.minEntries === undefined && lang === 'fr' ? ' (a site\'s own file: add --site)' : '';
    errors.push(`${stats.entries} entries; at least ${minEntries} are required for this file${hint}`);
  }
  return { errors, warnings, stats };
}

function printReport(file, { errors, warnings, stats }, quiet) {
  const rel = path.relative(process.cwd(), file) || file;
  console.log(`\n${rel}`);
  for (const e of errors) console.log(`  error    ${e}`);
  if (!quiet) for (const w of warnings) console.log(`  warning  ${w}`);
  const cats = Object.entries(stats.categories)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const avg = stats.sentences ? (stats.words / stats.sentences).toFixed(1) : '0';
  const per = Object.entries(stats.perDefinition)
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
  console.log(`  lang ${stats.lang} · ${stats.entries} entries · ${stats.terms} terms`);
  if (cats) console.log(`  categories: ${cats}`);
  console.log(
    `  sentences: ${stats.sentences} (per definition ${per}) · ${avg} words on average · longest ${stats.maxWords} · over ${FALC_WORDS} words: ${stats.overTarget}`,
  );
  console.log(`  ${errors.length} error(s), ${warnings.length} warning(s)`);
}

async function main(argv) {
  const files = [];
  let minEntries;
  let quiet = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--site') minEntries = 0;
    else if (a === '--quiet') quiet = true;
    else if (a === '--min-entries') {
      minEntries = Number(argv[(i += 1)]);
      if (!Number.isInteger(minEntries) || minEntries < 0) {
        console.error('--min-entries needs a whole number');
        return 2;
      }
    } else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/check-glossary.mjs [file.json ...] [--site] [--min-entries N] [--quiet]');
      return 0;
    } else files.push(path.resolve(a));
  }
  if (files.length === 0) files.push(BUILT_IN);

  let failed = false;
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      console.log(`\n${file}\n  error    ${err instanceof Error ? err.message : String(err)}`);
      failed = true;
      continue;
    }
    const result = checkGlossary(data, minEntries === undefined ? {} : { minEntries });
    printReport(file, result, quiet);
    if (result.errors.length > 0) failed = true;
  }
  console.log(failed ? '\nglossary check: FAILED' : '\nglossary check: OK');
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
