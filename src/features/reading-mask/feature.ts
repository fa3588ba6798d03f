import type { FeatureDefinition } from '../../core/feature.js';

/** Dims the page except a band around the line being read (pointer, focus, Alt+↑/↓). */
export const readingMask: FeatureDefinition = {
  id: 'readingMask',
  type: 'boolean',
  group: 'see',
  i18n: 'see:readingMask',
  default: false,
  described: true,
  load: () => import('./reading-mask.js'),
};
