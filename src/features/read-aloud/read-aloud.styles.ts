/**
 * Host-page styles while reading: the sentence gets a light background, the word a stronger one
 * with dark text (contrast holds whatever the page's colours), system colours in forced colours.
 */
import { FALLBACK_ATTR, SENTENCE, WORD } from './highlight.js';

export const css = `
::highlight(${SENTENCE}) {
  background-color: rgb(255 236 153 / 0.6);
}
::highlight(${WORD}) {
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
  ::highlight(${SENTENCE}) {
    background-color: Mark;
    color: MarkText;
  }
  ::highlight(${WORD}) {
    background-color: Highlight;
    color: HighlightText;
  }
  [${FALLBACK_ATTR}] {
    outline-color: Highlight !important;
  }
}
`;
