/** Links get a solid, thick enough underline, whatever the site's styles say. */
export const css = `
:is(a[href], [role="link"]):not([data-clair-ui]) {
  text-decoration-line: underline !important;
  text-decoration-style: solid !important;
  text-decoration-thickness: max(1px, 0.08em) !important;
  text-underline-offset: 0.15em !important;
}
`;
