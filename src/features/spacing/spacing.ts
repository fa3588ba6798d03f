/**
 * Spacing module: the sheet is rebuilt from the current values (preset or sliders) on every change,
 * a cheap sheet-text update. The first time, a background pass (in slices) finds boxes that would
 * clip the spaced-out text and lets them grow (see read-common/fit.ts).
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { Fit } from '../read-common/fit.js';
import { allScopes, sliced, textElements } from '../read-common/walk.js';
import { FIT_ATTR, PRESETS, spacingCss, type Spacing } from './spacing.styles.js';

const OWNER = 'spacing';

interface State {
  readonly fit: Fit;
  readonly scanning: AbortController;
  /** Resolves when the first pass has found and measured the clipping boxes. */
  scanned: Promise<void>;
  sheet?: CSSStyleSheet;
}
let state: State | undefined;

function current(ctx: FeatureContext): Spacing | undefined {
  const mode = ctx.get('spacing');
  if (mode === 'wcag' || mode === 'dyslexia') return PRESETS[mode];
  if (mode !== 'custom') return undefined;
  const n = (id: string, fallback: number) => {
    const v = ctx.get(id);
    return typeof v === 'number' ? v : fallback;
  };
  return {
    lineHeight: n('lineHeight', 1.5),
    letterSpacing: n('letterSpacing', 12) / 100,
    wordSpacing: n('wordSpacing', 16) / 100,
    paragraphSpacing: n('paragraphSpacing', 200) / 100,
  };
}

/** Finds clipping boxes in slices, measures them without the spacing, then checks them with it. */
async function scan(ctx: FeatureContext, s: State): Promise<void> {
  const signal = s.scanning.signal;
  for (const scope of allScopes(ctx)) {
    await sliced(textElements([scope]), (el) => s.fit.consider(el, getComputedStyle(el)), signal);
  }
  const sheet = s.sheet;
  if (!sheet || signal.aborted) return;
  // One synchronous measure without the spacing (no frame is painted in between).
  sheet.disabled = true;
  s.fit.baseline();
  sheet.disabled = false;
}

/** Applies the current values (or removes the sheet when spacing is off). */
export function render(ctx: FeatureContext): void {
  const values = current(ctx);
  if (!values) {
    if (!state) return;
    state.scanning.abort();
    ctx.styles.remove(OWNER);
    state.fit.clear();
    state = undefined;
    return;
  }
  if (!state) {
    const s: State = { fit: new Fit(FIT_ATTR), scanning: new AbortController(), scanned: Promise.resolve() };
    s.sheet = ctx.styles.set(OWNER, spacingCss(values, s.fit.css()));
    s.scanned = scan(ctx, s);
    state = s;
  } else {
    ctx.styles.set(OWNER, spacingCss(values, state.fit.css()));
  }
  const s = state;
  void s.scanned.then(() => s.fit.check(ctx.doc, s.scanning.signal));
}

const feature: FeatureModule<string> = {
  apply(_mode, ctx) {
    render(ctx);
  },
  revert(ctx) {
    render(ctx);
  },
};

export default feature;
