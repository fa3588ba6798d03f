/**
 * Contrast modes. A mode is one adopted stylesheet (contrast.styles.ts) plus, for icons the sheet
 * cannot see, a one-time scan of the page (ink-scan.ts). Changing mode or custom colours replaces
 * the sheet's text and two filter colours: the page is not walked again.
 */
import type { FeatureContext, FeatureModule } from '../../core/feature.js';
import { info } from '../../core/log.js';
import { acquireDefs, filterElement, releaseDefs, svgNode } from '../page-filter/filter-defs.js';
import { setFilterPart } from '../page-filter/page-filter.js';
import { css, INK_FG, INK_LINK, INVERT_FILTER } from './contrast.styles.js';
import type { ContrastMode } from './feature.js';
import { InkScan } from './ink-scan.js';
import { customPalette, PALETTES, type Palette } from './palettes.js';

const OWNER = 'contrast';
const CUSTOM_KEYS = ['customText', 'customBackground', 'customLink'];

let scan: InkScan | undefined;
let mode: ContrastMode = 'off';

function palette(value: ContrastMode, ctx: FeatureContext): Palette {
  if (value !== 'custom') return PALETTES[value === 'off' ? 'light' : value];
  const { palette, text, link } = customPalette({
    text: String(ctx.get('customText')),
    background: String(ctx.get('customBackground')),
    link: String(ctx.get('customLink')),
  });
  for (const [what, c] of [['text', text], ['link', link]] as const) {
    if (c.corrected) info('CLAIR_CONTRAST', `custom ${what} colour ${c.chosen} is below 7:1 on ${palette.bg}; ${c.used} is used instead (${c.ratio.toFixed(1)}:1).`);
  }
  return palette;
}

/** The two "ink" filters: a shape's alpha, filled with the text or the link colour. */
function drawInk(ctx: FeatureContext, p: Palette): void {
  const svg = acquireDefs(ctx.doc, OWNER);
  for (const [id, colour] of [[INK_FG, p.fg], [INK_LINK, p.link]] as const) {
    const filter = filterElement(svg, id);
    filter.setAttribute('color-interpolation-filters', 'sRGB');
    filter.append(
      svgNode(ctx.doc, 'feFlood', { 'flood-color': colour, result: 'ink' }),
      svgNode(ctx.doc, 'feComposite', { in: 'ink', in2: 'SourceAlpha', operator: 'in' }),
    );
  }
}

function render(value: ContrastMode, ctx: FeatureContext): void {
  const p = palette(value, ctx);
  drawInk(ctx, p);
  ctx.styles.set(OWNER, css(p, value === 'invert'));
  // After the sheet: the page filter reads the (new) canvas colour.
  setFilterPart(ctx, 'invert', value === 'invert' ? INVERT_FILTER : undefined);
}

const feature: FeatureModule<ContrastMode> = {
  apply(value, ctx) {
    if (value === 'off') return;
    const first = mode === 'off';
    mode = value;
    render(value, ctx);
    if (!first) return;
    ctx.doc.addEventListener(
      'clair:change',
      (event) => {
        if (mode === 'custom' && CUSTOM_KEYS.includes(event.detail.key)) render(mode, ctx);
      },
      { signal: ctx.signal },
    );
    scan = new InkScan(ctx);
    scan.start();
  },
  revert(ctx) {
    mode = 'off';
    scan?.stop();
    scan = undefined;
    ctx.styles.remove(OWNER);
    // Also repaints the canvas of a saturation or colour-vision filter with the page's own colour.
    setFilterPart(ctx, 'invert', undefined);
    releaseDefs(ctx.doc, OWNER);
  },
};

export default feature;
