import type { FeatureDefinition } from '../../core/feature.js';

/** A ruler under the line being read: follows the pointer, keyboard focus and Alt+↑/↓. */
export const readingGuide: FeatureDefinition = {
  id: 'readingGuide',
  type: 'boolean',
  group: 'see',
  i18n: 'see:readingGuide',
  default: false,
  described: true,
  load: () => import('./reading-guide.js'),
};
