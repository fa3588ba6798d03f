import type { FeatureDefinition } from '../../core/feature.js';

/** The real page in one column, without sidebars, carousels, pop-ups or decorative images. */
export const simplifiedPage: FeatureDefinition = {
  id: 'simplifiedPage',
  type: 'boolean',
  group: 'understand',
  i18n: 'layout:simplifiedPage',
  described: true,
  default: false,
  wcag: ['1.4.8', '1.4.10'],
  load: () => import('./simplified-page.js'),
};
