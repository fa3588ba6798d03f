/**
 * Two rings drawn with box-shadow, outside the link's box so they never cover its text: a light
 * one next to the text, a dark one around it. One of the two always has 3:1 or more against
 * whatever is behind (WCAG 1.4.11), light page or dark banner.
 * - box-shadow, not outline: the site's (or Clair's) focus outline stays free to show focus;
 * - not while :focus-visible: sites that draw focus with box-shadow keep their focus style;
 * - `clone`: a link broken over two lines gets a closed box on each line.
 * Forced colours drop box-shadow, so an outline in the system link colour takes over there.
 */
export const css = `
:is(a[href], area[href], [role="link"]):not([data-clair-ui]):not(:focus-visible) {
  box-shadow: 0 0 0 2px #fff, 0 0 0 4px #1a1a1a !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
@media (forced-colors: active) {
  :is(a[href], area[href], [role="link"]):not([data-clair-ui]):not(:focus-visible) {
    outline: 2px solid LinkText !important;
    outline-offset: 2px !important;
  }
}
`;
