import type { FeatureModule } from '../../core/feature.js';
import { acquireDefs, filterElement, releaseDefs, svgNode } from '../page-filter/filter-defs.js';
import { setFilterPart } from '../page-filter/page-filter.js';
import { daltonizeMatrix, feColorMatrixValues } from './daltonize.js';
import type { ColourVision } from './feature.js';

export const FILTER_ID = 'clair-colour-vision';
const USER = 'colour-vision';

/** A value change rewrites one attribute of the filter: no walk of the page. */
const feature: FeatureModule<ColourVision> = {
  apply(value, ctx) {
    if (value === 'off') return;
    const svg = acquireDefs(ctx.doc, USER);
    const filter = filterElement(svg, FILTER_ID);
    // Whole page: the filter region must not clip (its default is the element box + 10 %).
    for (const [name, v] of Object.entries({ x: '0', y: '0', width: '1', height: '1', filterUnits: 'objectBoundingBox' })) filter.setAttribute(name, v);
    filter.append(svgNode(ctx.doc, 'feColorMatrix', { type: 'matrix', values: feColorMatrixValues(daltonizeMatrix(value)) }));
    setFilterPart(ctx, 'vision', `url(#${FILTER_ID})`);
  },
  revert(ctx) {
    setFilterPart(ctx, 'vision', undefined);
    releaseDefs(ctx.doc, USER);
  },
};

export default feature;
