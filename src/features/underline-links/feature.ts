import type { FeatureDefinition } from '../../core/feature.js';

/** Underline every link so links are not told apart by colour alone (WCAG 1.4.1). */
export const underlineLinks: FeatureDefinition = {
  id: 'underlineLinks',
  type: 'boolean',
  group: 'see',
  i18n: 'see:underlineLinks',
  default: false,
  wcag: ['1.4.1'],
  load: () => import('./underline-links.js'),
};
