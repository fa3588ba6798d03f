/**
 * Host-page styles while reading: the sentence gets a light background, the word a stronger one
 * with dark text (contrast holds whatever the page's colours), system colours in forced colours.
 * On :root only: highlight styles inherit down the tree, and a sheet whose rules match only the
 * root does not make the browser restyle every element of a long page when it is added.
 */
import { FALLBACK_ATTR, SENTENCE, WORD } from './highlight.js';

export const css = `
:root::highlight(${SENTENCE}) {
  background-color: rgb(255 236 153 / 0.6);
}
:root::highlight(${WORD}) {
  background-color: #ffd23f;
  color: #000;
  text-decoration: underline 2px;
}
[${FALLBACK_ATTR}] {
  background-color: rgb(255 236 153 / 0.6) !important;
  outline: 2px solid #8a6d00 !important;
  outline-offset: 2px !important;
}
@media (forced-colors: active) {
  :root::highlight(${SENTENCE}) {
    background-color: Mark;
    color: MarkText;
  }
  :root::highlight(${WORD}) {
    background-color: Highlight;
    color: HighlightText;
  }
  [${FALLBACK_ATTR}] {
    outline-color: Highlight !important;
  }
}
`;
