/**
 * Styles for glossary marks. The word keeps the page's font and colour (`all: unset` makes the
 * mark an ordinary inline piece of text again, whatever a site's `[role="button"]` rules say), and
 * gets a dotted underline and a small circled "i" in the text colour, so their contrast is the
 * text's own. The explanation box has fixed colours that keep their contrast on any site, and
 * follows the visitor's text size (rem) and the page's font.
 */
import { TERM_TAG } from './marker.js';

/** Host-page sheet (ctx.styles): the marks. */
export const pageCss = `
${TERM_TAG}[role='button'] {
  all: unset;
  cursor: help;
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: max(1.5px, 0.08em) !important;
  text-underline-offset: 0.2em;
  text-decoration-skip-ink: none;
  border-radius: 2px;
}
${TERM_TAG}[role='button']:hover,
${TERM_TAG}[aria-expanded='true'] {
  text-decoration-style: solid !important;
  background-color: rgb(128 128 128 / 0.16);
}
${TERM_TAG}[role='button']:focus-visible {
  outline: 2px solid currentColor;
  outline-offset: 2px;
}
${TERM_TAG}[role='button']::after {
  /* Drawn with CSS (no image: nothing for a Content-Security-Policy to block). Inline, not
     inline-block: the line never breaks between the word and its "i". The empty alternative text
     keeps it out of the word's accessible name. */
  content: 'i';
  content: 'i' / '';
  display: inline;
  margin-inline-start: 0.2em;
  padding: 0 0.38em;
  border: 1px solid currentColor;
  border-radius: 1em;
  font-family: Georgia, 'Times New Roman', serif;
  font-size: 0.6em;
  font-style: normal;
  font-weight: 700;
  line-height: 1;
  letter-spacing: 0;
  vertical-align: super;
}
clair-tip {
  display: inline !important;
}
@media (forced-colors: active) {
  ${TERM_TAG}[role='button']:focus-visible {
    outline-color: Highlight;
  }
  ${TERM_TAG}[aria-expanded='true'] {
    background-color: Highlight;
    color: HighlightText;
    forced-color-adjust: none;
  }
}
`;

/** Shadow sheet of the explanation. */
export function tipCss(accent: string): string {
  return `
:host {
  display: inline;
}
.bubble {
  all: initial;
  position: fixed;
  left: 0;
  top: 0;
  z-index: 2147483000;
  display: block;
  box-sizing: border-box;
  width: max-content;
  max-width: min(24rem, var(--clair-available, 24rem), calc(100vw - 16px));
  margin: 0;
  padding: 0.6rem 0.85rem;
  overflow: visible;
  background: #fff;
  color: #1a1a1a;
  border: 2px solid ${accent};
  border-radius: 8px;
  box-shadow: 0 4px 18px rgb(0 0 0 / 0.28);
  font-family: inherit;
  font-size: 1rem;
  line-height: 1.5;
  letter-spacing: inherit;
  word-spacing: inherit;
  text-align: start;
  white-space: normal;
  overflow-wrap: break-word;
  cursor: auto;
}
.headword {
  display: block;
  margin-bottom: 0.15rem;
  font-weight: 700;
}
@media (forced-colors: active) {
  .bubble {
    border-color: CanvasText;
    background: Canvas;
    color: CanvasText;
  }
}
`;
}
