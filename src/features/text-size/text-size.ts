/**
 * Text size: a one-time walk records each element's own computed font size as a marker attribute;
 * one rule per size gives it that size times the scale (docs/decisions/text-size.md says why).
 * Later value changes only rewrite those rules. Content added later (and new shadow roots or
 * iframes) is measured in batches, per mutation callback, never by walking the page again.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { isShadowRoot, type StyleScope } from '../../core/host-styles.js';
import { Fit } from '../read-common/fit.js';
import { Marks } from '../read-common/marks.js';
import { Reflow } from '../read-common/reflow.js';
import { allScopes, sliced, textElements } from '../read-common/walk.js';
import { FIT_ATTR, FS_ATTR, LH_ATTR, MEASURE_ATTR, sizeKey, sizeRules } from './text-size.styles.js';

const RULES = 'text-size';
/** Clair's own toolbar follows, up to this factor, so the panel still fits on small screens. */
const MAX_UI_SCALE = 1.5;

interface State {
  readonly marks: Marks;
  readonly sizes: Set<string>;
  readonly lineMarks: Marks;
  readonly ratios: Set<string>;
  readonly fit: Fit;
  readonly reflow: Reflow;
  /** 1 during the first walk (the rules then change nothing on screen), then value / 100. */
  scale: number;
}

let state: State | undefined;

function writeRules(ctx: FeatureContext, s: State): void {
  ctx.styles.set(RULES, sizeRules(s.sizes, s.ratios, s.scale, s.fit.css() + s.reflow.css()));
}

interface Reading {
  readonly el: Element;
  readonly size: string;
  readonly ratio: string | undefined;
}

/** An element's own computed size (and line-height ratio), read before any mark is written. */
function read(el: Element, style: CSSStyleDeclaration): Reading {
  const px = parseFloat(style.fontSize);
  const line = parseFloat(style.lineHeight);
  const ratio = px > 0 && Number.isFinite(line) ? String(Math.round((line / px) * 100) / 100) : undefined;
  return { el, size: sizeKey(px), ratio };
}

/** Marks the element with what was read; true if a rule is new. */
function keep(r: Reading, s: State): boolean {
  let added = !s.sizes.has(r.size);
  s.sizes.add(r.size);
  s.marks.set(r.el, r.size);
  if (r.ratio !== undefined) {
    added = added || !s.ratios.has(r.ratio);
    s.ratios.add(r.ratio);
    s.lineMarks.set(r.el, r.ratio);
  }
  return added;
}

/** First walk, at scale 1: a mark changes nothing on screen, so each element is marked as read. */
function record(el: Element, s: State): void {
  if (s.marks.has(el)) return;
  const style = getComputedStyle(el);
  keep(read(el, style), s);
  s.fit.consider(el, style);
}

/**
 * Elements added while the scale applies inherit enlarged sizes from their ancestors; putting
 * their marked parents back to their original size for the instant of the measure gives theirs.
 * All sizes are read before any mark is written: a marked newcomer is enlarged at once, and its
 * own children would then be measured from its enlarged size.
 */
function recordAdded(ctx: FeatureContext, s: State, roots: readonly (Element | StyleScope)[]): void {
  const elements = textElements(roots).filter((el) => !s.marks.has(el));
  if (elements.length === 0) return;
  const parents = new Set<Element>();
  for (const root of roots) {
    const parent = isShadowRoot(root as StyleScope) ? (root as ShadowRoot).host : (root as Element).parentElement;
    if (parent && s.marks.has(parent)) parents.add(parent);
  }
  for (const p of parents) p.setAttribute(MEASURE_ATTR, '');
  const readings = elements.map((el) => read(el, getComputedStyle(el)));
  for (const p of parents) p.removeAttribute(MEASURE_ATTR);
  let grew = false;
  for (const r of readings) grew = keep(r, s) || grew;
  if (grew) writeRules(ctx, s);
}

function scaleToolbar(doc: Document, scale: number | undefined): void {
  const toolbar = doc.querySelector<HTMLElement>('clair-toolbar');
  if (!toolbar) return;
  if (scale === undefined) toolbar.style.removeProperty('--clair-scale');
  else toolbar.style.setProperty('--clair-scale', String(Math.min(scale, MAX_UI_SCALE)));
}

async function start(ctx: FeatureContext): Promise<State> {
  const s: State = { marks: new Marks(FS_ATTR), sizes: new Set(), lineMarks: new Marks(LH_ATTR), ratios: new Set(), fit: new Fit(FIT_ATTR), reflow: new Reflow(), scale: 1 };
  // The first sheet starts scope discovery (shadow roots, iframes); at scale 1, marking elements
  // during the walk changes nothing on screen.
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
      await sliced(textElements([scope]), (el) => record(el, s), ctx.signal);
    }
  }
  s.fit.baseline();
  s.reflow.baseline(ctx.doc);
  return s;
}

const feature: FeatureModule<number> = {
  async apply(value, ctx) {
    state ??= await start(ctx);
    const s = state;
    s.scale = value / 100;
    writeRules(ctx, s);
    scaleToolbar(ctx.doc, s.scale);
    void s.fit.check(ctx.doc, ctx.signal).then(() => s.reflow.check(ctx.doc, () => s.marks.elements(), ctx.signal));
  },
  revert(ctx) {
    ctx.styles.remove(RULES);
    scaleToolbar(ctx.doc, undefined);
    state?.marks.clear();
    state?.lineMarks.clear();
    state?.fit.clear();
    state?.reflow.clear();
    state = undefined;
  },
};

export default feature;
