/**
 * Text size: a one-time walk records each element's own computed font size as a marker attribute;
 * one rule per size multiplies it by `--clair-text-scale` (docs/decisions/text-size.md says why).
 * Later value changes only rewrite the scale rule. Content added later (and new shadow roots or
 * iframes) is measured in batches, per mutation callback, never by walking the page again.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { isShadowRoot, type StyleScope } from '../../core/host-styles.js';
import { Fit } from '../read-common/fit.js';
import { Marks } from '../read-common/marks.js';
import { Reflow } from '../read-common/reflow.js';
import { allScopes, sliced, textElements } from '../read-common/walk.js';
import { FIT_ATTR, FS_ATTR, LH_ATTR, MEASURE_ATTR, scaleRule, sizeKey, sizeRules } from './text-size.styles.js';

const RULES = 'text-size';
const SCALE = 'text-size-scale';
/** Clair's own toolbar follows, up to this factor, so the panel still fits on small screens. */
const MAX_UI_SCALE = 1.5;

interface State {
  readonly marks: Marks;
  readonly sizes: Set<string>;
  readonly lineMarks: Marks;
  readonly ratios: Set<string>;
  readonly fit: Fit;
  readonly reflow: Reflow;
}

let state: State | undefined;

function writeRules(ctx: FeatureContext, s: State): void {
  ctx.styles.set(RULES, sizeRules(s.sizes, s.ratios, s.fit.css() + s.reflow.css()));
}

/** Marks each element with its own computed size (and line-height ratio); true if a rule is new. */
function record(el: Element, s: State, fit: boolean): boolean {
  if (s.marks.has(el)) return false;
  const style = getComputedStyle(el);
  const px = parseFloat(style.fontSize);
  const key = sizeKey(px);
  let added = !s.sizes.has(key);
  s.sizes.add(key);
  s.marks.set(el, key);
  const line = parseFloat(style.lineHeight);
  if (px > 0 && Number.isFinite(line)) {
    const ratio = String(Math.round((line / px) * 100) / 100);
    added = added || !s.ratios.has(ratio);
    s.ratios.add(ratio);
    s.lineMarks.set(el, ratio);
  }
  if (fit) s.fit.consider(el, style);
  return added;
}

/**
 * Elements added while the scale applies inherit enlarged sizes from their ancestors; putting the
 * ancestors back to scale 1 for the instant of the measure gives their original sizes.
 */
function recordAdded(ctx: FeatureContext, s: State, roots: readonly (Element | StyleScope)[]): void {
  const elements = textElements(roots);
  if (elements.length === 0) return;
  const parents = new Set<Element>();
  for (const root of roots) {
    const parent = isShadowRoot(root as StyleScope) ? (root as ShadowRoot).host : (root as Element).parentElement;
    if (parent && s.marks.has(parent)) parents.add(parent);
  }
  for (const p of parents) p.setAttribute(MEASURE_ATTR, '');
  let grew = false;
  for (const el of elements) grew = record(el, s, false) || grew;
  for (const p of parents) p.removeAttribute(MEASURE_ATTR);
  if (grew) writeRules(ctx, s);
}

function scaleToolbar(doc: Document, scale: number | undefined): void {
  const toolbar = doc.querySelector<HTMLElement>('clair-toolbar');
  if (!toolbar) return;
  if (scale === undefined) toolbar.style.removeProperty('--clair-scale');
  else toolbar.style.setProperty('--clair-scale', String(Math.min(scale, MAX_UI_SCALE)));
}

async function start(ctx: FeatureContext): Promise<State> {
  const s: State = { marks: new Marks(FS_ATTR), sizes: new Set(), lineMarks: new Marks(LH_ATTR), ratios: new Set(), fit: new Fit(FIT_ATTR), reflow: new Reflow() };
  ctx.styles.set(SCALE, scaleRule(1));
  // The first sheet starts scope discovery (shadow roots, iframes); no size rule yet, so marking
  // elements during the walk changes nothing on screen.
  writeRules(ctx, s);
  const walked = new Set<StyleScope>();
  ctx.styles.watch(
    {
      scope: (scope) => {
        if (walked.has(scope)) return;
        walked.add(scope);
        recordAdded(ctx, s, [scope]);
      },
      added: (elements) => recordAdded(ctx, s, elements),
    },
    ctx.signal,
  );
  for (let scopes = allScopes(ctx); scopes.length > 0; scopes = allScopes(ctx).filter((x) => !walked.has(x))) {
    for (const scope of scopes) {
      walked.add(scope);
      await sliced(textElements([scope]), (el) => void record(el, s, true), ctx.signal);
    }
  }
  s.fit.baseline();
  s.reflow.baseline(ctx.doc);
  writeRules(ctx, s);
  return s;
}

const feature: FeatureModule<number> = {
  async apply(value, ctx) {
    state ??= await start(ctx);
    const scale = value / 100;
    ctx.styles.set(SCALE, scaleRule(scale));
    scaleToolbar(ctx.doc, scale);
    const s = state;
    void s.fit.check(ctx.doc, ctx.signal).then(() => s.reflow.check(ctx.doc, () => s.marks.elements(), ctx.signal));
  },
  revert(ctx) {
    ctx.styles.remove(RULES);
    ctx.styles.remove(SCALE);
    scaleToolbar(ctx.doc, undefined);
    state?.marks.clear();
    state?.lineMarks.clear();
    state?.fit.clear();
    state?.reflow.clear();
    state = undefined;
  },
};

export default feature;
