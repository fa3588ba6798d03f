/**
 * The read-aloud module, loaded when reading starts (the setting is on while a reading is under
 * way, paused or not): it finds the text, reads it with a local voice, highlights it, and lets a
 * click on a paragraph move the reading there. Turning it off stops the voice and removes every
 * highlight; the page's DOM is never changed (except the fallback marker, see highlight.ts).
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { isClairNode } from '../../core/clair-node.js';
import { warn } from '../../core/log.js';
import { ReadingHighlight } from './highlight.js';
import { css } from './read-aloud.styles.js';
import { Reader } from './reader.js';
import { session, type Problem, type Source } from './session.js';
import { synthesis, voicesFor, whenVoices } from './speech.js';
import { blockOf, langOf, mainContent, SentenceStream } from './text.js';

const OWNER = 'read-aloud';
/** How long to wait for the browser's voice list (it fills in asynchronously in Chrome). */
const VOICES_TIMEOUT = 2000;
/** A click on these is the page's business, not "read from here". */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"]), [tabindex]';

let reader: Reader | undefined;
let highlight: ReadingHighlight | undefined;

const MESSAGES: Record<Problem, string> = {
  noSpeech: 'this browser has no speech synthesis, so read aloud is not available.',
  noVoice: 'no voice installed on this device speaks the language of the text (voices that send text to a server are not used).',
  nothing: 'there is no text to read here.',
  failed: 'speech synthesis failed.',
};

/** The text of a source, in reading order (found as the reading goes). */
function sentencesOf(source: Source, doc: Document): SentenceStream {
  const main = mainContent(doc);
  const range = doc.createRange();
  if (source.kind === 'selection') return new SentenceStream(source.range, doc);
  if (source.kind === 'from') {
    const root = main.contains(source.block) ? main : doc.body;
    range.setStartBefore(source.block);
    range.setEnd(root, root.childNodes.length);
    return new SentenceStream(range, doc, root === doc.body);
  }
  range.selectNodeContents(main);
  return new SentenceStream(range, doc, main === doc.body);
}

function fail(ctx: FeatureContext, problem: Problem): void {
  warn('CLAIR_SPEECH', MESSAGES[problem]);
  session.report(problem);
  ctx.set('readAloud', false);
}

const feature: FeatureModule<boolean> = {
  async apply(_on, ctx) {
    if (reader) return;
    session.report(undefined);
    const engine = synthesis();
    if (!engine) return fail(ctx, 'noSpeech');
    session.setState('loading');
    const source = session.request ?? session.nextSource(ctx.doc);
    session.request = undefined;
    await whenVoices(engine, VOICES_TIMEOUT, ctx.signal);
    if (ctx.signal.aborted) return;
    const sentences = sentencesOf(source, ctx.doc);
    const first = sentences.get(0);
    const mainLang = first?.lang ?? langOf(mainContent(ctx.doc), ctx.doc);
    if (voicesFor(engine, mainLang).length === 0) return fail(ctx, 'noVoice');
    if (!first) return fail(ctx, 'nothing');

    ctx.styles.set(OWNER, css);
    const h = (highlight = new ReadingHighlight());
    const current = (reader = new Reader({
      engine,
      highlight: h,
      mainLang,
      rate: () => Number(ctx.get('readAloudRate') ?? 100) / 100,
      voiceUri: () => session.voiceUri,
      onState: (state) => session.setState(state),
      onEnd: () => {
        session.report(session.problem, true);
        ctx.set('readAloud', false);
      },
    }));
    const restart = (next: Source) => {
      const list = sentencesOf(next, ctx.doc);
      if (list.get(0)) current.start(list);
    };
    session.controls = {
      pause: () => current.pause(),
      resume: () => current.resume(),
      refresh: () => current.refresh(),
      restart,
    };
    ctx.doc.addEventListener(
      'click',
      (event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof Node) || isClairNode(target) || !ctx.doc.body.contains(target)) return;
        const element = target instanceof Element ? target : target.parentElement;
        if (!element || element.closest(INTERACTIVE) || !ctx.doc.getSelection()?.isCollapsed) return;
        const block = blockOf(element);
        if (block && block !== ctx.doc.body) restart({ kind: 'from', block });
      },
      { signal: ctx.signal },
    );
    ctx.doc.addEventListener(
      'clair:change',
      (event) => {
        if (event.detail.key === 'readAloudRate') current.refresh();
      },
      { signal: ctx.signal },
    );
    current.start(sentences);
  },

  revert(ctx) {
    reader?.stop();
    highlight?.clear();
    reader = undefined;
    highlight = undefined;
    session.controls = undefined;
    ctx.styles.remove(OWNER);
    session.setState('idle');
  },
};

export default feature;
