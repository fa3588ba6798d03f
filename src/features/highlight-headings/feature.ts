import type { FeatureDefinition } from '../../core/feature.js';

/** A bar beside every heading, thicker for higher levels: the page's outline at a glance. */
export const highlightHeadings: FeatureDefinition = {
  id: 'highlightHeadings',
  type: 'boolean',
  group: 'see',
  i18n: 'see:highlightHeadings',
  default: false,
  wcag: ['1.3.1', '2.4.6'],
  load: () => import('./highlight-headings.js'),
};
