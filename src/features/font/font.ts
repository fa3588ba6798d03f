/**
 * Readable font: one sheet with the faces of the readable fonts, one with the rule for the chosen
 * one (a swap rewrites only that rule). Before it applies the first
 * time, a walk (in slices) marks elements drawn with an icon font so their glyphs survive; content
 * added later is checked in batches, measured for an instant without the rule.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { ICON_ATTR, isIconFont } from '../read-common/icons.js';
import { Marks } from '../read-common/marks.js';
import { allScopes, sliced, textElements } from '../read-common/walk.js';
import { FONTS, MEASURE_ATTR, facesCss, familyCss } from './font.styles.js';

const OWNER = 'font';
const FACES = 'font-faces';
let icons: Marks | undefined;

function check(el: Element, m: Marks): void {
  if (isIconFont(getComputedStyle(el).fontFamily)) m.set(el);
}

function checkAdded(elements: readonly Element[], m: Marks): void {
  const list = textElements(elements);
  for (const el of list) el.setAttribute(MEASURE_ATTR, '');
  for (const el of list) check(el, m);
  for (const el of list) el.removeAttribute(MEASURE_ATTR);
}

async function start(ctx: FeatureContext): Promise<Marks> {
  const m = new Marks(ICON_ATTR);
  ctx.styles.watch(
    {
      scope: (scope) => checkAdded([...(('body' in scope ? scope.body?.children : scope.children) ?? [])], m),
      added: (elements) => checkAdded(elements, m),
    },
    ctx.signal,
  );
  for (const scope of allScopes(ctx)) await sliced(textElements([scope]), (el) => check(el, m), ctx.signal);
  return m;
}

const feature: FeatureModule<string> = {
  async apply(value, ctx) {
    const chosen = FONTS[value];
    if (!chosen) return;
    icons ??= await start(ctx);
    if (!ctx.styles.has(FACES)) ctx.styles.set(FACES, facesCss(ctx.assets));
    ctx.styles.set(OWNER, familyCss(chosen));
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
    ctx.styles.remove(FACES);
    icons?.clear();
    icons = undefined;
  },
};

export default feature;
