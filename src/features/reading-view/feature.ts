import type { FeatureDefinition } from '../../core/feature.js';

/**
 * The page's main content in Clair's own uniform layout (a modal view). A page-only mode: it closes
 * itself, and is never restored on the next page.
 */
export const readingView: FeatureDefinition = {
  id: 'readingView',
  type: 'boolean',
  group: 'understand',
  i18n: 'layout:readingView',
  described: true,
  default: false,
  persist: false,
  wcag: ['1.3.2', '1.4.8', '1.4.10', '2.4.5'],
  load: () => import('./reading-view.js'),
};
