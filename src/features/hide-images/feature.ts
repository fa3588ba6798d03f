import type { FeatureDefinition } from '../../core/feature.js';

/** Images give way to their text alternative and are not downloaded while hidden (low data). */
export const hideImages: FeatureDefinition = {
  id: 'hideImages',
  type: 'boolean',
  group: 'see',
  i18n: 'see:hideImages',
  default: false,
  described: true,
  load: () => import('./hide-images.js'),
};
