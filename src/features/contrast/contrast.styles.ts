/**
 * The high-contrast sheet: one palette forced on every element of the page (not Clair's UI), with
 * `!important` and a specificity boost so page rules marked `!important` do not win.
 *
 * Choices made by measuring the corpus pages (tests/contrast.spec.ts):
 * - Backgrounds: every element that has content gets the palette background (menus, sticky headers
 *   and banners stay opaque over the text they cover). Empty elements keep theirs: icon holders,
 *   progress bars, overlays over photos.
 * - Background images behind text go (decorations, gradients, text over photos) once the scan
 *   (ink-scan.ts) has marked them; icons it found, and one-colour SVG icons, are redrawn in the text
 *   colour by the "ink" filter, so a dark icon never vanishes on a dark background, nor a light one
 *   on white. The sheet itself never hides a background image: the scan reads the page's own.
 * - Links are underlined and keep a link colour (visited too); controls get a solid border; focus
 *   gets a thick outline; placeholders and disabled controls use a quieter colour that still
 *   reaches 7:1.
 * Everything sits in `@media not (forced-colors: active)`: system colours win.
 */
import type { Palette } from './palettes.js';

/** Raises specificity by three ids so `!important` page rules with ids lose to these. */
const B = ':not(#clair-hc#clair-hc#clair-hc)';
/**
 * Any page element: not Clair's UI, not inside an SVG or MathML drawing. Exclusions sit in :where()
 * so every rule's specificity is the boost plus what the rule itself names (predictable order).
 */
const E = `:not(:where([data-clair-ui], svg|*:not(svg|svg), math|*))${B}`;
const MEDIA = 'img, svg, video, canvas, iframe, embed, object, picture';
const CONTROLS = 'input:not([type="checkbox"], [type="radio"], [type="range"], [type="color"], [type="image"], [type="hidden"]), textarea, select, button';
export const INK_FG = 'clair-ink-fg';
export const INK_LINK = 'clair-ink-link';

export function css(p: Palette, inverted: boolean): string {
  // Namespaces: "inside an SVG drawing" without a descendant combinator in every rule (cheaper).
  return `
@namespace svg url(http://www.w3.org/2000/svg);
@namespace math url(http://www.w3.org/1998/Math/MathML);
@media not (forced-colors: active) {
:root${B} {
  --clair-c-fg: ${p.fg};
  --clair-c-bg: ${p.bg};
  --clair-c-link: ${p.link};
  --clair-c-visited: ${p.visited};
  --clair-c-muted: ${p.muted};
  --clair-c-focus: ${p.focus};
  color-scheme: ${p.scheme} !important;
  accent-color: var(--clair-c-link) !important;
}
:is(html, body)${B} {
  color: var(--clair-c-fg) !important;
  background-color: var(--clair-c-bg) !important;
  background-image: none !important;
}
*${E} {
  color: var(--clair-c-fg) !important;
  -webkit-text-fill-color: currentColor !important;
  text-shadow: none !important;
}
*${E}:not(:where(:empty, ${MEDIA})), :is(${CONTROLS})${E} {
  background-color: var(--clair-c-bg) !important;
}
[data-clair-ink~="decor"]${E} {
  background-image: none !important;
}
*${E}::before, *${E}::after {
  color: inherit !important;
  -webkit-text-fill-color: currentColor !important;
  text-shadow: none !important;
}
*${E}::marker {
  color: inherit !important;
}
:is(a[href], [role="link"])${E} {
  color: var(--clair-c-link) !important;
  text-decoration-line: underline !important;
  text-decoration-color: currentColor !important;
}
a[href]:visited${E} {
  color: var(--clair-c-visited) !important;
}
:is(a[href], [role="link"], button) *${E} {
  color: inherit !important;
}
mark${E} {
  color: var(--clair-c-bg) !important;
  background-color: var(--clair-c-fg) !important;
}
:is(${CONTROLS})${E} {
  border: 2px solid var(--clair-c-fg) !important;
  box-shadow: none !important;
}
:is(input, textarea, select, button, [role="button"])${E}:is(:disabled, [aria-disabled="true"]) {
  color: var(--clair-c-muted) !important;
  border-style: dashed !important;
  border-color: var(--clair-c-muted) !important;
  opacity: 1 !important;
}
*${E}::placeholder {
  color: var(--clair-c-muted) !important;
  -webkit-text-fill-color: var(--clair-c-muted) !important;
  opacity: 1 !important;
}
/* Design systems draw checkboxes on the label (the real input is transparent): give that box a ring. */
input[type="checkbox"]${E} + label::before {
  box-shadow: inset 0 0 0 2px currentColor !important;
}
hr${E} {
  border-color: var(--clair-c-fg) !important;
}
*${E}::selection {
  color: var(--clair-c-bg) !important;
  -webkit-text-fill-color: var(--clair-c-bg) !important;
  background-color: var(--clair-c-fg) !important;
}
*${E}:focus-visible {
  outline: 3px solid var(--clair-c-focus) !important;
  outline-offset: 2px !important;
}
[data-clair-ink~="bg"][data-clair-ink]${E} {
  filter: url(#${INK_FG}) !important;
  background-color: transparent !important;
}
[data-clair-ink~="bg"] *${E} {
  background-color: transparent !important;
}
[data-clair-ink~="before"]${E}::before, [data-clair-ink~="after"]${E}::after, svg[data-clair-ink~="svg"]${B} {
  filter: url(#${INK_FG}) !important;
}
:is(a[href], a[href] *)[data-clair-ink~="bg"]${E}, :is(a[href], a[href] *)[data-clair-ink~="before"]${E}::before,
:is(a[href], a[href] *)[data-clair-ink~="after"]${E}::after, a[href] svg[data-clair-ink~="svg"]${B} {
  filter: url(#${INK_LINK}) !important;
}
[data-clair-ink~="mask-before"]${E}::before, [data-clair-ink~="mask-after"]${E}::after {
  background-color: currentColor !important;
}
${inverted ? invertedRules() : ''}
}
`;
}

/**
 * Inverted mode: the whole page goes through `invert(1) hue-rotate(180deg)` (page-filter.ts); photos,
 * videos and pictures get the same filter again so they come back in their natural colours.
 */
export const INVERT_FILTER = 'invert(1) hue-rotate(180deg)';

function invertedRules(): string {
  return `
:is(img, video, canvas, iframe, embed, object, [data-clair-ink~="photo"])${B}:not([data-clair-ink~="photo"] *) {
  filter: ${INVERT_FILTER} !important;
}`;
}
