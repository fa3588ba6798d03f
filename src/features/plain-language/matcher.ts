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
  readonly caseSensitive: boolean;
  /** Lower wins: site entries come before built-in ones. */
  readonly priority: number;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly terms: Term[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;
const newNode = (): TrieNode => ({ next: new Map(), terms: [] });

const folded = new Map<string, string>();

/** Accent- and case-free form of a word: the trie's key. */
export function fold(word: string): string {
  // Plain ASCII words skip Unicode normalisation; the others are remembered (words repeat a lot).
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
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

/**
 * How well a word of the page matches a word of a term: 0 exact, 1 accents dropped or plural,
 * -1 no match.
 */
function compareWord(termWord: string, pageWord: string, caseSensitive: boolean): number {
  const page = pageWord.normalize('NFC');
  if (caseSensitive) return page === termWord ? 0 : -1;
  const t = termWord.toLowerCase();
  const p = page.toLowerCase();
  if (t === p) return 0;
  for (const stem of [p, ...pluralStems(p)]) {
    if (stem.length === t.length && sameBarringDroppedAccents(t, stem)) return 1;
  }
  return -1;
}

function pluralStems(p: string): string[] {
  if (p.length <= 3) return [];
  const stems: string[] = [];
  if (p.endsWith('s') || p.endsWith('x')) stems.push(p.slice(0, -1));
  if (p.endsWith('aux')) stems.push(p.slice(0, -3) + 'al');
  return stems;
}

/** Each page letter equals the term's letter, or is that letter without its accent. */
function sameBarringDroppedAccents(term: string, page: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const t = term.charAt(i);
    const p = page.charAt(i);
    if (t !== p && t.normalize('NFD').charAt(0) !== p) return false;
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
        node.terms.push({ entry, words, caseSensitive: isAbbreviation(term), priority });
        count++;
      }
    });
    this.size = count;
  }

  /** Non-overlapping matches, left to right, the longest at each place. */
  find(text: string): Match[] {
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    for (const m of text.matchAll(WORD)) {
      starts.push(m.index ?? 0);
      ends.push((m.index ?? 0) + m[0].length);
      words.push(m[0]);
    }
    const matches: Match[] = [];
    for (let i = 0; i < words.length; i++) {
      // Not inside a hyphenated compound ("anti-inflammatoire").
      if (i > 0 && text.slice(ends[i - 1] as number, starts[i]) === '-') continue;
      const best = this.longest(text, words, starts, ends, i);
      if (!best) continue;
      matches.push({ start: starts[i] as number, end: ends[best.last] as number, entry: best.term.entry });
      i = best.last;
    }
    return matches;
  }

  private longest(text: string, words: string[], starts: number[], ends: number[], first: number): { term: Term; last: number } | undefined {
    let best: { term: Term; last: number; score: number } | undefined;
    const visit = (node: TrieNode, last: number) => {
      const followedByHyphen = last + 1 < words.length && text.slice(ends[last] as number, starts[last + 1]) === '-';
      if (node.terms.length > 0 && !followedByHyphen && (!best || last > best.last)) {
        const chosen = this.choose(node.terms, words.slice(first, last + 1));
        if (chosen) best = { ...chosen, last };
      }
      const nextWord = words[last + 1];
      if (nextWord === undefined) return;
      const sep = foldSeparator(text.slice(ends[last] as number, starts[last + 1])) + '\u0001';
      for (const key of keys(nextWord)) {
        const child = node.next.get(sep + key);
        if (child) visit(child, last + 1);
      }
    };
    const firstWord = words[first] as string;
    for (const key of keys(firstWord)) {
      const node = this.root.next.get(key);
      if (node) visit(node, first);
    }
    return best;
  }

  /** The term whose spelling fits the page's words best (exact first, then site before built-in). */
  private choose(terms: readonly Term[], pageWords: readonly string[]): { term: Term; score: number } | undefined {
    let best: { term: Term; score: number } | undefined;
    for (const term of terms) {
      let score = 0;
      for (let i = 0; i < term.words.length && score >= 0; i++) {
        const s = compareWord(term.words[i] as string, pageWords[i] as string, term.caseSensitive);
        score = s < 0 ? -1 : score + s;
      }
      if (score < 0) continue;
      if (!best || score < best.score || (score === best.score && term.priority < best.term.priority)) best = { term, score };
    }
    return best;
  }
}

function keys(word: string): string[] {
  const folded = fold(word);
  return [folded, ...singulars(folded)];
}
