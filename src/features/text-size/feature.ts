import type { FeatureDefinition } from '../../core/feature.js';

/** Enlarges all text, whatever unit the site sized it in (WCAG 1.4.4). */
export const textSize: FeatureDefinition = {
  id: 'textSize',
  type: 'range',
  group: 'read',
  i18n: 'read:textSize',
  default: 100,
  min: 100,
  max: 200,
  step: 5,
  unit: 'percent',
  wcag: ['1.4.4'],
  load: () => import('./text-size.js'),
};
