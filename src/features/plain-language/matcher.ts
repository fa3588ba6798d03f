/**
 * Finds glossary terms in text: a trie of words, walked once per text, word by word.
 *
 * Why a word trie rather than one big RegExp: the French glossary has ~1,600 terms; an alternation
 * that large is slow to compile and, at every position of the text, tries many branches. Here the
 * text is cut into words once (`\p{L}\p{N}\p{M}` runs: word boundaries work with accents, digits
 * and any script) and each word costs one Map lookup; only candidates are checked closely.
 *
 * Rules (see also README.md of the glossary):
 * - case: ignored, except for abbreviations (terms with no lower-case letter and at least two
 *   capitals: "ARS", "CMU-C"), which must match exactly, so "HAS" is not found in "has";
 * - accents: a word written without an accent matches a term that has one ("medecin",
 *   "HOPITAL": accents are often dropped, on capitals especially), but a different accent does not
 *   ("acté" is not "acte"); the exact spelling wins when two terms differ only by accents;
 * - plurals: the glossary lists its plural forms; for the others, a final "s" or "x", and "-aux"
 *   for "-al", are accepted on each word;
 * - separators: any run of spaces (non-breaking ones too) and hyphens are equal ("tiers payant",
 *   "tiers-payant"), and so are ' ’ and ʼ;
 * - a term is not found inside a hyphenated compound ("inflammatoire" in "anti-inflammatoire").
 */
export interface Entry {
  readonly id: string;
  readonly terms: readonly string[];
  readonly definition: string;
  readonly category: string;
  /** Language of the glossary the entry comes from (BCP 47). */
  readonly lang: string;
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly entry: Entry;
}

interface Term {
  readonly entry: Entry;
  /** The term's words, NFC. */
  readonly words: readonly string[];
  /** The same, lower-case. */
  readonly lower: readonly string[];
  /** The same, lower-case and each letter without its accent (same length). */
  readonly bare: readonly string[];
  readonly caseSensitive: boolean;
  /** Lower wins: site entries come before built-in ones. */
  readonly priority: number;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly terms: Term[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Word-character test per UTF-16 unit, filled on first sight (0 unknown, 1 yes, 2 no). */
const wordChars = new Uint8Array(65536);

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordChars[c] as number;
  if (known === 0) {
    // Surrogates: letters outside the BMP (rare here) count as word characters.
    known = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordChars[c] = known;
  }
  return known === 1;
}
const MARKS = /\p{M}+/gu;
const newNode = (): TrieNode => ({ next: new Map(), terms: [] });

const folded = new Map<string, string>();
const ASCII = /^[A-Za-z0-9]*$/;

/** Accent- and case-free form of a word: the trie's key. */
export function fold(word: string): string {
  // Plain ASCII words skip Unicode normalisation; the others are remembered (words repeat a lot).
  if (ASCII.test(word)) return word.toLowerCase();
  let key = folded.get(word);
  if (key === undefined) {
    key = word.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (folded.size > 20000) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/** Separators compared: spaces and hyphens alike, every apostrophe alike. */
function foldSeparator(sep: string): string {
  if (sep === ' ') return sep;
  return sep.replace(/['’ʼ`´]/g, "'").replace(/[\s\u00a0\u202f\-‐‑‒–]+/g, ' ');
}

function isAbbreviation(term: string): boolean {
  return !/\p{Ll}/u.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Words and the separators between them. */
function split(text: string): { words: string[]; seps: string[] } {
  const words: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (words.length > 0) seps.push(text.slice(last, m.index));
    words.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  return { words, seps };
}

/** Singular forms a plural word may have: "examens" → "examen", "hôpitaux" → "hôpital". */
function singulars(folded: string): string[] {
  if (folded.length <= 3) return [];
  const forms: string[] = [];
  const last = folded.charAt(folded.length - 1);
  if (last === 's' || last === 'x') forms.push(folded.slice(0, -1));
  if (folded.endsWith('aux')) forms.push(folded.slice(0, -3) + 'al');
  return forms;
}

/** Each letter without its accent ("é" → "e"), keeping the length. */
function stripAccents(word: string): string {
  let out = '';
  for (const ch of word) out += ch.normalize('NFD').charAt(0);
  return out;
}

/**
 * How well a word of the page matches word `i` of a term: 0 exact, 1 accents dropped or plural,
 * -1 no match.
 */
function compareWord(term: Term, i: number, pageWord: string): number {
  const page = ASCII.test(pageWord) ? pageWord : pageWord.normalize('NFC');
  if (term.caseSensitive) return page === term.words[i] ? 0 : -1;
  const t = term.lower[i] as string;
  const p = page.toLowerCase();
  if (t === p) return 0;
  const bare = term.bare[i] as string;
  if (sameBarringDroppedAccents(t, bare, p)) return 1;
  if (p.length > 3) {
    const last = p.charAt(p.length - 1);
    if ((last === 's' || last === 'x') && sameBarringDroppedAccents(t, bare, p.slice(0, -1))) return 1;
    if (p.endsWith('aux') && sameBarringDroppedAccents(t, bare, p.slice(0, -3) + 'al')) return 1;
  }
  return -1;
}

/** Each page letter equals the term's letter, or is that letter without its accent. */
function sameBarringDroppedAccents(term: string, bare: string, page: string): boolean {
  if (term.length !== page.length) return false;
  for (let i = 0; i < term.length; i++) {
    const p = page.charCodeAt(i);
    if (p !== term.charCodeAt(i) && p !== bare.charCodeAt(i)) return false;
  }
  return true;
}

export class Matcher {
  private readonly root = newNode();
  readonly size: number;

  /** `entries` in priority order: the first entry listing a term wins it. */
  constructor(entries: readonly Entry[]) {
    let count = 0;
    entries.forEach((entry, priority) => {
      for (const raw of entry.terms) {
        const term = raw.normalize('NFC');
        const { words, seps } = split(term);
        if (words.length === 0) continue;
        let node = this.root;
        words.forEach((word, i) => {
          const key = (i === 0 ? '' : foldSeparator(seps[i - 1] ?? ' ') + '\u0001') + fold(word);
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = newNode()));
          node = child;
        });
        const lower = words.map((w) => w.toLowerCase());
        node.terms.push({ entry, words, lower, bare: lower.map(stripAccents), caseSensitive: isAbbreviation(term), priority });
        count++;
      }
    });
    this.size = count;
  }

  /** Non-overlapping matches, left to right, the longest at each place. */
  find(text: string): Match[] {
    // A plain loop over character codes: much cheaper than a Unicode RegExp's match objects when
    // the code runs once per page, before the engine has optimised it.
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    const length = text.length;
    for (let i = 0; i < length; i++) {
      if (!isWordChar(text.charCodeAt(i))) continue;
      const start = i;
      while (i + 1 < length && isWordChar(text.charCodeAt(i + 1))) i++;
      starts.push(start);
      ends.push(i + 1);
      words.push(text.slice(start, i + 1));
    }
    const matches: Match[] = [];
    for (let i = 0; i < words.length; i++) {
      // Most words start no term: one Map lookup, nothing allocated.
      if (!this.startsTerm(words[i] as string)) continue;
      // Not inside a hyphenated compound ("anti-inflammatoire").
      const start = starts[i] as number;
      if (i > 0 && ends[i - 1] === start - 1 && text.charAt(start - 1) === '-') continue;
      const best = this.longest(text, words, starts, ends, i);
      if (!best) continue;
      matches.push({ start, end: ends[best.last] as number, entry: best.term.entry });
      i = best.last;
    }
    return matches;
  }

  /** Whether a term may start with this word (a cheap test before the full match). */
  private startsTerm(word: string): boolean {
    const key = fold(word);
    if (this.root.next.has(key)) return true;
    if (key.length <= 3) return false;
    const last = key.charAt(key.length - 1);
    return ((last === 's' || last === 'x') && this.root.next.has(key.slice(0, -1))) || (key.endsWith('aux') && this.root.next.has(key.slice(0, -3) + 'al'));
  }

  private longest(text: string, words: string[], starts: number[], ends: number[], first: number): { term: Term; last: number } | undefined {
    let best: { term: Term; last: number } | undefined;
    const visit = (node: TrieNode, last: number) => {
      const followedByHyphen = last + 1 < words.length && starts[last + 1] === (ends[last] as number) + 1 && text.charAt(ends[last] as number) === '-';
      if (node.terms.length > 0 && !followedByHyphen && (!best || last > best.last)) {
        const chosen = this.choose(node.terms, words, first);
        if (chosen) best = { term: chosen.term, last };
      }
      const nextWord = words[last + 1];
      if (nextWord === undefined || node.next.size === 0) return;
      const sep = foldSeparator(text.slice(ends[last] as number, starts[last + 1])) + '\u0001';
      for (const key of keys(nextWord)) {
        const child = node.next.get(sep + key);
        if (child) visit(child, last + 1);
      }
    };
    for (const key of keys(words[first] as string)) {
      const node = this.root.next.get(key);
      if (node) visit(node, first);
    }
    return best;
  }

  /** The term whose spelling fits the page's words best (exact first, then site before built-in). */
  private choose(terms: readonly Term[], pageWords: readonly string[], first: number): { term: Term; score: number } | undefined {
    let best: { term: Term; score: number } | undefined;
    for (const term of terms) {
      let score = 0;
      for (let i = 0; i < term.words.length && score >= 0; i++) {
        const s = compareWord(term, i, pageWords[first + i] as string);
        score = s < 0 ? -1 : score + s;
      }
      if (score < 0) continue;
      if (!best || score < best.score || (score === best.score && term.priority < best.term.priority)) best = { term, score };
    }
    return best;
  }
}

function keys(word: string): string[] {
  const key = fold(word);
  return key.length <= 3 ? [key] : [key, ...singulars(key)];
}
