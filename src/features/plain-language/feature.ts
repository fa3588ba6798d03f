import type { FeatureDefinition } from '../../core/feature.js';

/**
 * Marks the page's hard words and abbreviations (from a plain-language glossary: Clair's French
 * health glossary plus the site's own); activating a mark shows a short, plain explanation.
 */
export const plainLanguage: FeatureDefinition = {
  id: 'plainLanguage',
  type: 'boolean',
  group: 'understand',
  i18n: 'understand:plainLanguage',
  described: true,
  default: false,
  wcag: ['3.1.3', '3.1.4', '3.1.5'],
  load: () => import('./plain-language.js'),
};
