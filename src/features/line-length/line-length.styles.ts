/**
 * Text blocks stop at about 70 characters. `max-inline-size` only ever narrows a block that is
 * wider than that: grids, tables, flex rows and narrow columns are not touched, and the block keeps
 * its own alignment (a centred block stays centred through its own margins).
 */
export const css = `
:where(p, li, dd, dt, blockquote, figcaption, caption, legend, label, summary, h1, h2, h3, h4, h5, h6, pre, address):not([data-clair-ui]) {
  max-inline-size: 70ch !important;
}
`;
