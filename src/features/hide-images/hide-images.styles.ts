/**
 * Images are `display: none`: a lazy image (`loading="lazy"`) that is not displayed is never
 * fetched, and the layout closes up around them. Background and list images go too, so those
 * not loaded yet are not fetched either. Inline SVG stays: it costs no download and is often the
 * only visible label of an icon button. Image buttons (`input type=image`) stay: they are controls.
 */
export const css = `
img:not([data-clair-ui]) {
  display: none !important;
}
*, *::before, *::after {
  background-image: none !important;
  list-style-image: none !important;
  border-image-source: none !important;
}
`;

/** The text that stands in for an image, inside its own shadow root. */
export const altCss = `
:host {
  display: inline-block !important;
  max-width: 100%;
}
span {
  display: inline-block;
  max-width: 100%;
  box-sizing: border-box;
  padding: 0 0.3em;
  border: 1px dashed currentColor;
  border-radius: 3px;
  font-style: italic;
  overflow-wrap: anywhere;
}
`;
