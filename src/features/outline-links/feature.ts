import type { FeatureDefinition } from '../../core/feature.js';

/** A visible box around every link, so links stand out from text without relying on colour. */
export const outlineLinks: FeatureDefinition = {
  id: 'outlineLinks',
  type: 'boolean',
  group: 'see',
  i18n: 'see:outlineLinks',
  default: false,
  wcag: ['1.4.1'],
  load: () => import('./outline-links.js'),
};
