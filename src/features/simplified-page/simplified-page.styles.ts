import { MARK } from './classify.js';

/**
 * The simplified page: one centred column; what classify.ts marked is stacked (side-by-side
 * columns, floats), put back in the flow (fixed or sticky bars) or set aside (sidebars, carousels,
 * pop-ups); decorative images are hidden. Form fields and buttons are never touched.
 */
export const css = `
body {
  max-width: 48rem !important;
  margin-inline: auto !important;
  padding-inline: 1rem !important;
  box-sizing: border-box !important;
}
body :is(div, section, article, main, header, footer, nav, form, fieldset, ul, ol, dl, table, figure, img, picture, video, iframe, pre):not([data-clair-ui]) {
  max-width: 100% !important;
}
body :is(div, section, article, main, header, footer, nav, form, fieldset):not([data-clair-ui]) {
  min-width: 0 !important;
}
[${MARK}~="columns"] {
  display: block !important;
}
[${MARK}~="columns"] > * {
  float: none !important;
  width: auto !important;
  margin-inline: 0 !important;
}
/* A float keeps its own box (and the background its text was designed on); it only stops floating. */
[${MARK}~="float"] {
  float: none !important;
}
[${MARK}~="columns"] > * + * {
  margin-block-start: 1.5rem !important;
}
[${MARK}~="unfix"] {
  position: static !important;
}
[${MARK}~="aside"],
[${MARK}~="carousel"],
[${MARK}~="popup"] {
  display: none !important;
}
img:is([alt=""], [role="presentation"], [role="none"]):not(a img, button img, label img, [role="button"] img, [role="link"] img) {
  display: none !important;
}
body :is(p, li, dd, dt, blockquote, figcaption, td, th, label, legend) {
  line-height: 1.6 !important;
}
body :is(p, ul, ol, dl, blockquote, figure, table) {
  margin-block-end: 1.2em !important;
}
body :is(h1, h2, h3, h4, h5, h6) {
  margin-block: 1.5em 0.6em !important;
  line-height: 1.3 !important;
}
`;
