/**
 * A 3 px dark outline wrapped in a 3 px light halo (outline over box-shadow): whatever the
 * background, one of the two rings has 3:1 or more against it, and the pair has 16:1 between
 * them (WCAG 2.4.11 / 2.4.13: at least 2 px thick, 3:1 change of contrast).
 * `:focus-visible`: a keyboard ring, not a mouse-click ring (the browser's own heuristic).
 * In forced colours box-shadow is dropped; the outline takes the system highlight colour.
 * Clair's host styles also adopt the sheet in the page's open shadow roots and same-origin iframes.
 */
export const css = `
:not([data-clair-ui]):focus-visible {
  outline: 3px solid #1a1a1a !important;
  outline-offset: 0 !important;
  box-shadow: 0 0 0 6px #fff !important;
}
@media (forced-colors: active) {
  :not([data-clair-ui]):focus-visible {
    outline-color: Highlight !important;
    outline-offset: 2px !important;
  }
}
`;
