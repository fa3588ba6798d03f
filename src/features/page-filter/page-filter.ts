/**
 * One CSS `filter` on <html>, shared by the colour features (contrast's inverted mode, saturation,
 * colour-vision aid): each owns one part and the chain is rebuilt from the parts, so they combine
 * instead of overwriting each other. Not a feature: a helper the three import.
 *
 * Why <html> and not <body>: a filter makes its element the containing block of fixed-position
 * descendants, except on the root element (Filter Effects 1, "filter" property). On <body> it turns
 * fixed headers and cookie banners into scrolling boxes; on <html> they stay fixed. See
 * docs/decisions/colour-filters.md for the measurements and the alternatives.
 */
import type { FeatureContext } from '../../core/feature.js';
import { css } from './page-filter.styles.js';

/** Applied in this order: inversion first, so re-inverted photos come back before the others. */
export const FILTER_PARTS = ['invert', 'vision', 'saturation'] as const;
export type FilterPart = (typeof FILTER_PARTS)[number];

const OWNER = 'page-filter';
const parts = new WeakMap<Document, Map<FilterPart, string>>();

/** Sets (or with `undefined`, removes) one part of the page filter. */
export function setFilterPart(ctx: FeatureContext, part: FilterPart, value: string | undefined): void {
  let own = parts.get(ctx.doc);
  if (!own) parts.set(ctx.doc, (own = new Map()));
  if (value) own.set(part, value);
  else own.delete(part);
  refreshPageFilter(ctx);
}

/**
 * Rebuilds the sheet. Also called when the page's background changes under the filter (contrast
 * modes), because the canvas colour is read here.
 */
export function refreshPageFilter(ctx: FeatureContext): void {
  const own = parts.get(ctx.doc);
  const chain = FILTER_PARTS.map((p) => own?.get(p)).filter(Boolean).join(' ');
  if (!chain) {
    ctx.styles.remove(OWNER);
    return;
  }
  ctx.styles.set(OWNER, css(chain, canvasColour(ctx.doc)));
}

/**
 * The colour the browser paints the canvas with: <html>'s background, or <body>'s when <html> has
 * none. The canvas itself is outside every element's filter, so the sheet repaints it under the
 * filter (see page-filter.styles.ts).
 */
function canvasColour(doc: Document): string {
  const view = doc.defaultView;
  if (!view) return 'Canvas';
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const colour = view.getComputedStyle(el).backgroundColor;
    if (colour && !isTransparent(colour)) return colour;
  }
  return 'Canvas';
}

function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour);
}
