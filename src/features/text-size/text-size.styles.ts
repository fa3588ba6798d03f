/**
 * One rule per font size found on the page: an element marked with its own original size gets
 * that size times the scale, written out in px. Sizes are absolute, so nested elements never grow
 * twice. A level change rewrites these few rules, not the page: no walk, no DOM change. The scale
 * is baked in rather than read from a custom property because a variable on :root makes every
 * element's style uncacheable and costs several times a bare restyle (docs/decisions/text-size.md).
 * `[data-clair-fs-measure]` puts a marked element back to its original size for an instant, so
 * content added inside it can be measured (see text-size.ts).
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
export function sizeRules(sizes: Iterable<string>, ratios: Iterable<string>, scale: number, fitCss: string): string {
  let css = '';
  for (const size of sizes) {
    css += `[${FS_ATTR}="${size}"]{font-size:${sizeKey(Number(size) * scale)}px!important}`;
    if (scale !== 1) css += `[${FS_ATTR}="${size}"][${MEASURE_ATTR}]{font-size:${size}px!important}`;
  }
  for (const ratio of ratios) css += `:where([${LH_ATTR}="${ratio}"]){line-height:${ratio}!important}`;
  // Long words in enlarged text may break rather than push the page sideways (WCAG 1.4.10).
  if (scale > 1) css += `[${FS_ATTR}]{overflow-wrap:break-word}`;
  return css + fitCss;
}
