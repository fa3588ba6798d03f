/**
 * The reading view module: turning `readingView` on extracts the main content (extract.ts, on a
 * clone) and opens the view; turning it off (close button, Escape, Clair.set, reset) closes it and
 * puts the visitor back where they were: same place in the content (place.ts), same focused
 * element. "Go to the form" closes it and moves to the real form instead, which never left the page.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { deepActiveElement, pushLayer } from '../../ui/base/focus.js';
import { focusTarget } from '../page-map/focus-target.js';
import { APPEARANCE_KEYS, applyAppearance } from './appearance.js';
import { extract } from './extract.js';
import { contentForms, findMain, mainNavLinks, siteName, type PageForm } from './page.js';
import { ClairReadingView } from './reading-view-element.js';
import { inParts } from './parts.js';
import { goBackTo, placeOf, type Place } from './place.js';
import { Slicer } from './slices.js';
import { loadStrings } from './strings.js';
import { tidy } from './tidy.js';

const TAG = 'clair-reading-view';
/** Below this many characters of text, the view says it found too little. */
const MIN_TEXT = 250;
/** Parts of a long content in the view when it opens. */
const FIRST_PARTS = 3;

interface Open {
  readonly host: ClairReadingView;
  removeLayer: () => void;
  readonly returnFocus: Element | null;
  readonly place: Place;
  /** Where to go instead of back (a form, a same-page target). */
  after?: () => void;
}

let current: Open | undefined;

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function goToForm(form: HTMLFormElement): void {
  form.scrollIntoView({ block: 'start' });
  const field = Array.from(form.querySelectorAll<HTMLElement>(FIELDS)).find((el) => el.getClientRects().length > 0);
  if (field) field.focus({ preventScroll: true });
  else focusTarget(form, false);
}

function close(ctx: FeatureContext): void {
  ctx.set('readingView', false);
}

const feature: FeatureModule<boolean> = {
  async apply(on, ctx) {
    if (!on || current) return;
    const doc = ctx.doc;
    const returnFocus = deepActiveElement(doc);
    const place = placeOf(doc);
    const strings = await loadStrings(ctx);
    // Each step below gives the main thread back, so a long page never blocks input or frames.
    const slicer = new Slicer();
    const main = findMain(doc);
    const forms: PageForm[] = contentForms(doc, main);
    const extracted = await extract(doc, main, forms.map((f) => f.form), slicer);
    // The page's own h1 is the title the visitor saw; Readability's guess comes after it.
    const h1 = (main ?? doc.body).querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    const article = h1 ? { ...extracted, title: h1 } : extracted;
    await slicer.pause();
    let start = performance.now();
    const tidied = article.content ? await tidy(article.content, strings.t('readingView.table'), slicer) : { toc: [], formMarks: [] };
    const parts = article.content ? inParts(article.content, article.elements) : [];
    // The first parts open the view; the others follow in later tasks (below the fold anyway).
    const later = parts.slice(FIRST_PARTS);
    for (const part of later) part.remove();
    performance.measure?.('clair:reading-view:tidy', { start, end: performance.now() });
    await slicer.pause();
    start = performance.now();

    ClairReadingView.define(TAG);
    const host = doc.createElement(TAG) as ClairReadingView;
    host.setAttribute(CLAIR_UI_ATTR, '');
    // Hostile page CSS loses to inline !important (as for the toolbar).
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('visibility', 'visible', 'important');
    host.data = {
      article,
      tidied,
      forms,
      nav: mainNavLinks(doc),
      siteName: siteName(doc, article.siteName),
      strings,
      failed: article.tooLong ? 'readingView.tooLong' : article.length < MIN_TEXT ? 'readingView.failed' : null,
      canSimplify: ctx.get('simplifiedPage') !== undefined,
    };
    const state: Open = { host, returnFocus, place, removeLayer: () => undefined };
    host.actions = {
      close: () => close(ctx),
      goToForm: (index) => {
        const form = forms[index]?.form;
        if (form) state.after = () => goToForm(form);
        close(ctx);
      },
      goToPage: (id) => {
        const target = doc.getElementById(id);
        if (target) state.after = () => focusTarget(target);
        close(ctx);
      },
      simplify: () => {
        ctx.set('simplifiedPage', true);
        close(ctx);
      },
    };
    applyAppearance(host, ctx.get);
    doc.addEventListener(
      'clair:change',
      (e) => {
        const key = (e as CustomEvent<{ key?: string }>).detail?.key;
        if (key && APPEARANCE_KEYS.has(key)) applyAppearance(host, ctx.get);
      },
      { signal: ctx.signal },
    );
    current = state;
    doc.documentElement.append(host);
    state.removeLayer = pushLayer(() => close(ctx));
    await host.open();
    performance.measure?.('clair:reading-view:render', { start, end: performance.now() });
    start = performance.now();
    // Each goes after the one before it, wherever the first parts were rendered.
    let anchor = parts[FIRST_PARTS - 1];
    for (const part of later) {
      await slicer.check();
      anchor?.after(part);
      anchor = part;
    }
    performance.measure?.('clair:reading-view:rest', { start, end: performance.now() });
  },

  revert(ctx) {
    const state = current;
    current = undefined;
    if (!state) return;
    state.removeLayer();
    state.host.close();
    state.host.remove();
    if (state.after) {
      state.after();
      return;
    }
    goBackTo(state.place, ctx.doc);
    const back = state.returnFocus;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  },
};

export default feature;
