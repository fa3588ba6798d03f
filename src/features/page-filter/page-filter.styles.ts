/**
 * The page filter's sheet. Under `forced-colors: active` nothing applies: the visitor's system
 * colours win (Clair does not fight them).
 *
 * - `html`: the filter chain; the root element's filter does not trap fixed elements.
 * - Top-layer elements (modal dialogs, open popovers) are painted outside <html>'s filter, so they
 *   get the same chain; Clair's own UI (data-clair-ui) is left alone.
 * - The canvas (the area painted with the root background) is not filtered either: a fixed layer
 *   behind everything repaints it inside the filter, in the colour read from the page.
 */
export const css = (chain: string, canvas: string) => `
@media not (forced-colors: active) {
  html:not(#clair-x) {
    filter: ${chain} !important;
  }
  :is(dialog:modal, [popover]:popover-open):not([data-clair-ui]) {
    filter: ${chain} !important;
  }
  html:not(#clair-x)::before {
    content: "" !important;
    display: block !important;
    position: fixed !important;
    inset: 0 !important;
    z-index: -2147483647 !important;
    pointer-events: none !important;
    background: ${canvas} !important;
  }
}
`;
