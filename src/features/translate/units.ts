/**
 * A unit is one segment as an engine sees it: one HTML fragment (markup engines), or one plain-text
 * piece per text node (text-only engines). Its `apply` turns the engine's answers into page
 * changes through the journal, after the answer has been reduced to safe nodes.
 */
import { answerText, maxAnswer, rebuild } from '../../translate/sanitize.js';
import type { Segment } from './collect.js';
import type { Journal, LangMark } from './journal.js';

export type Outcome = 'done' | 'failed' | 'stale';

export interface Unit {
  readonly seg: Segment;
  readonly fragments: readonly string[];
  /** Source text per fragment (for the wrong-language check). */
  readonly sources: readonly string[];
  apply(answers: readonly (string | null)[], journal: Journal, mark: LangMark): Outcome;
}

const LETTER = /\p{L}/u;

export function unitOf(seg: Segment, markup: boolean): Unit {
  if (markup) {
    return {
      seg,
      fragments: [seg.html],
      sources: [seg.plain],
      apply([answer], journal, mark) {
        if (answer == null) return 'failed';
        if (seg.kind === 'run') {
          const rebuilt = rebuild(answer, seg.shape, seg.doc);
          if (!rebuilt) return 'failed';
          return journal.writeRun(seg, rebuilt, mark) ? 'done' : 'stale';
        }
        const text = answerText(answer, seg.plain.length);
        if (text === null) return 'failed';
        return (seg.kind === 'attr' ? journal.writeAttr(seg, text) : journal.writeTitle(seg, text)) ? 'done' : 'stale';
      },
    };
  }
  if (seg.kind !== 'run') {
    return {
      seg,
      fragments: [seg.plain],
      sources: [seg.plain],
      apply([answer], journal) {
        const text = plain(answer, seg.plain.length);
        if (text === null) return 'failed';
        return (seg.kind === 'attr' ? journal.writeAttr(seg, text) : journal.writeTitle(seg, text)) ? 'done' : 'stale';
      },
    };
  }
  const pieces = seg.data.flatMap((d, i) => (LETTER.test(d) ? [i] : []));
  return {
    seg,
    fragments: pieces.map((i) => seg.data[i] ?? ''),
    sources: pieces.map((i) => seg.data[i] ?? ''),
    apply(answers, journal, mark) {
      const texts = [...seg.data];
      for (let k = 0; k < pieces.length; k++) {
        const text = plain(answers[k], seg.data[pieces[k] ?? 0]?.length ?? 0);
        if (text === null) return 'failed';
        texts[pieces[k] ?? 0] = text;
      }
      return journal.writeTexts(seg, texts, mark) ? 'done' : 'stale';
    },
  };
}

/** Text-only answers go into text nodes and attributes as text: only their size is checked. */
function plain(answer: string | null | undefined, sourceLength: number): string | null {
  if (answer == null || answer.length > maxAnswer(sourceLength)) return null;
  return answer.trim() === '' ? null : answer;
}
