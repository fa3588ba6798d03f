import type { FeatureDefinition } from '../../core/feature.js';

/**
 * Stops what moves: CSS animations and transitions, videos that play on their own, animated
 * images, smooth scrolling. Offered first (never switched on) when the device asks for less motion.
 */
export const stopAnimations: FeatureDefinition = {
  id: 'stopAnimations',
  type: 'boolean',
  group: 'see',
  i18n: 'see:stopAnimations',
  default: false,
  described: true,
  suggestWhen: '(prefers-reduced-motion: reduce)',
  wcag: ['2.2.2', '2.3.3'],
  load: () => import('./stop-animations.js'),
};
