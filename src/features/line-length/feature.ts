import type { FeatureDefinition } from '../../core/feature.js';

/** Shorter lines (about 70 characters) are easier to follow (WCAG 1.4.8, AAA). */
export const lineLength: FeatureDefinition = {
  id: 'lineLength',
  type: 'boolean',
  group: 'read',
  i18n: 'read:lineLength',
  default: false,
  wcag: ['1.4.8'],
  load: () => import('./line-length.js'),
};
