/**
 * A bar at the start of each heading, thicker for higher levels (h1 10 px ... h4-h6 4 px), in
 * Clair's accent colour (4.5:1 or more with white) with a thin light edge for dark banners.
 * Decoration only: no generated text (some screen readers read `::before` content), no change to
 * the heading's colours (a tinted band could lower the text's contrast on some designs).
 */
const H = (level: number) => `:is(h${level}, [role="heading"][aria-level="${level}"])`;

export function css(accent: string): string {
  return `
:is(h1, h2, h3, h4, h5, h6, [role="heading"]):not([data-clair-ui]) {
  border-inline-start: var(--clair-heading-bar, 4px) solid ${accent} !important;
  padding-inline-start: 0.4em !important;
  box-shadow: -2px 0 0 #fff !important;
}
:is(h1, h2, h3, h4, h5, h6, [role="heading"]):not([data-clair-ui]):dir(rtl) {
  box-shadow: 2px 0 0 #fff !important;
}
${H(1)} { --clair-heading-bar: 10px; }
${H(2)} { --clair-heading-bar: 8px; }
${H(3)} { --clair-heading-bar: 6px; }
@media (forced-colors: active) {
  :is(h1, h2, h3, h4, h5, h6, [role="heading"]):not([data-clair-ui]) {
    border-inline-start-color: CanvasText !important;
  }
}
`;
}
