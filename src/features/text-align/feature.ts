import type { FeatureDefinition } from '../../core/feature.js';

/** Justified text makes uneven "rivers" of space; start-aligned text reads more easily (1.4.8). */
export const textAlign: FeatureDefinition = {
  id: 'textAlign',
  type: 'boolean',
  group: 'read',
  i18n: 'read:textAlign',
  default: false,
  wcag: ['1.4.8'],
  load: () => import('./text-align.js'),
};
