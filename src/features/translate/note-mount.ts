/**
 * Puts the note at the top of the page's body (once), in the language the visitor reads: the
 * target language when Clair speaks it, Clair's interface language otherwise.
 */
import type { FeatureContext } from '../../core/feature.js';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import { isRtl, resolveUiLanguage, toUiLanguage, type UiLanguage } from '../../core/language.js';
import { ClairTranslateNote, type NoteActions } from './note.js';
import { store } from './state.js';
import { loadStrings } from './strings.js';

const TAG = 'clair-translate-note';

export interface NoteHandle {
  remove(): void;
}

let current: { element: ClairTranslateNote; unsubscribe: () => void } | undefined;

export async function mountNote(ctx: FeatureContext, target: string, actions: NoteActions): Promise<NoteHandle> {
  const ui = ctx.get('uiLanguage');
  const configured = (typeof ui === 'string' && ui !== 'auto' ? ui : ctx.config.lang) as UiLanguage | 'auto';
  const lang = toUiLanguage(target) ?? resolveUiLanguage(configured, ctx.doc, navigator.languages);
  const t = await loadStrings(ctx.assets, lang);
  ClairTranslateNote.define(TAG);
  if (!current || !current.element.isConnected) {
    const element = ctx.doc.createElement(TAG) as ClairTranslateNote;
    element.setAttribute(CLAIR_UI_ATTR, '');
    element.style.setProperty('--clair-accent', ctx.config.accent);
    element.state = store.get();
    const unsubscribe = store.subscribe((s) => {
      element.state = s;
    });
    current = { element, unsubscribe };
    ctx.doc.body.prepend(element);
  }
  const { element } = current;
  element.t = t;
  element.actions = actions;
  element.lang = lang;
  element.dir = isRtl(lang) ? 'rtl' : 'ltr';
  element.requestUpdate();
  const mine = current;
  return {
    remove() {
      if (current !== mine) return;
      mine.unsubscribe();
      mine.element.remove();
      current = undefined;
    },
  };
}
