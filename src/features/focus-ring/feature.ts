import type { FeatureDefinition } from '../../core/feature.js';

/** A thick, two-colour focus indicator on everything the keyboard reaches. */
export const focusRing: FeatureDefinition = {
  id: 'focusRing',
  type: 'boolean',
  group: 'navigate',
  i18n: 'see:focusRing',
  default: false,
  wcag: ['2.4.7', '2.4.11', '2.4.13'],
  load: () => import('./focus-ring.js'),
};
