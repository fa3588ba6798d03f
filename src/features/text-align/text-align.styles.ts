/** Justified blocks (found by their computed style, then marked) align to the start edge. */
export const ALIGN_ATTR = 'data-clair-align';

export const css = `[${ALIGN_ATTR}]{text-align:start!important;text-align-last:auto!important}`;
