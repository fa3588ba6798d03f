/**
 * One rule per font size found on the page: an element marked with its own original size gets
 * that size times the scale. Sizes are absolute, so nested elements never grow twice. The scale
 * lives in a second, tiny sheet: changing it is one custom property, not a new walk.
 * `[data-clair-fs-measure]` puts a subtree back to its original sizes for an instant, so content
 * added later can be measured (see text-size.ts).
 */
export const FS_ATTR = 'data-clair-fs';
export const MEASURE_ATTR = 'data-clair-fs-measure';
export const LH_ATTR = 'data-clair-lh';
export const FIT_ATTR = 'data-clair-fit-size';

/** Keeps the attribute value short and the selector stable: 14.4px → "14.4". */
export const sizeKey = (px: number): string => String(Math.round(px * 100) / 100);

/**
 * Line heights set as lengths (DSFR's `line-height: 1.5rem`) would not grow with the text and
 * lines would overlap: each element keeps its original ratio of line height to font size instead.
 * `:where()` keeps that rule below the spacing feature's line height.
 */
export function sizeRules(sizes: Iterable<string>, ratios: Iterable<string>, fitCss: string): string {
  let css = `[${MEASURE_ATTR}]{--clair-text-scale:1!important}`;
  for (const size of sizes) css += `[${FS_ATTR}="${size}"]{font-size:calc(${size}px * var(--clair-text-scale,1))!important}`;
  for (const ratio of ratios) css += `:where([${LH_ATTR}="${ratio}"]){line-height:${ratio}!important}`;
  return css + fitCss;
}

/** Long words in enlarged text may break rather than push the page sideways (WCAG 1.4.10). */
export const scaleRule = (scale: number): string => `:root{--clair-text-scale:${scale}}` + (scale > 1 ? `[${FS_ATTR}]{overflow-wrap:break-word}` : '');
