/**
 * One rule per font size found on the page: an element marked with its own original size gets
 * that size times the scale. Sizes are absolute, so nested elements never grow twice. The scale
 * lives in a second, tiny sheet: changing it is one custom property, not a new walk.
 * `[data-clair-fs-measure]` puts a subtree back to its original sizes for an instant, so content
 * added later can be measured (see text-size.ts).
 */
export const FS_ATTR = 'data-clair-fs';
export const MEASURE_ATTR = 'data-clair-fs-measure';
export const FIT_ATTR = 'data-clair-fit-size';

/** Keeps the attribute value short and the selector stable: 14.4px → "14.4". */
export const sizeKey = (px: number): string => String(Math.round(px * 100) / 100);

export function sizeRules(sizes: Iterable<string>, fitCss: string): string {
  let css = `[${MEASURE_ATTR}]{--clair-text-scale:1!important}`;
  for (const size of sizes) css += `[${FS_ATTR}="${size}"]{font-size:calc(${size}px * var(--clair-text-scale,1))!important}`;
  return css + fitCss;
}

export const scaleRule = (scale: number): string => `:root{--clair-text-scale:${scale}}`;
