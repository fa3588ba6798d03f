import type { FeatureDefinition } from '../../core/feature.js';

/** A large mouse pointer (arrow, hand and text cursor), black or white, in two sizes. */
export const cursor: FeatureDefinition = {
  id: 'cursor',
  type: 'choice',
  group: 'see',
  i18n: 'see:cursor',
  choices: ['off', 'large-black', 'large-white', 'xl-black', 'xl-white'],
  default: 'off',
  load: () => import('./cursor.js'),
};
