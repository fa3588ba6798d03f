/**
 * No selector can match "justified", so a one-time walk (in slices) marks the elements whose
 * computed alignment is justify; content added later is checked per mutation batch. Marked
 * elements are not justified any more, so a new element inheriting from them is not either.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { Marks } from '../read-common/marks.js';
import { allScopes, sliced, textElements } from '../read-common/walk.js';
import { ALIGN_ATTR, css } from './text-align.styles.js';

const OWNER = 'text-align';
let marks: Marks | undefined;

function check(el: Element, m: Marks): void {
  const style = getComputedStyle(el);
  if (style.textAlign === 'justify' || style.textAlignLast === 'justify') m.set(el);
}

async function start(ctx: FeatureContext): Promise<Marks> {
  const m = new Marks(ALIGN_ATTR);
  ctx.styles.set(OWNER, css);
  ctx.styles.watch(
    {
      scope: (scope) => textElements([scope]).forEach((el) => check(el, m)),
      added: (elements) => textElements(elements).forEach((el) => check(el, m)),
    },
    ctx.signal,
  );
  for (const scope of allScopes(ctx)) await sliced(textElements([scope]), (el) => check(el, m), ctx.signal);
  return m;
}

const feature: FeatureModule<boolean> = {
  async apply(_on, ctx) {
    marks ??= await start(ctx);
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
    marks?.clear();
    marks = undefined;
  },
};

export default feature;
