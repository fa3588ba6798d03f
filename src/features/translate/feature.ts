import type { FeatureDefinition } from '../../core/feature.js';
import { TARGET_LANGUAGES } from './targets.js';

/**
 * Translate the page into the visitor's language, privately: the site's own translations first,
 * then the engines it chose (its own server, or the browser's on-device model). The value is the
 * target language and persists, so the next page of the site opens translated.
 */
export const translate: FeatureDefinition = {
  id: 'translate',
  type: 'choice',
  group: 'translate',
  i18n: 'translate:translate',
  described: true,
  choices: ['off', ...TARGET_LANGUAGES],
  default: 'off',
  control: { tag: 'clair-translate-control', load: () => import('./translate-control.js').then((m) => m.define()) },
  // The module and the chunks it shares with the list and the control, fetched in parallel.
  load: () => Promise.all([import('./translate.js'), import('./catalog.js'), import('./state.js')]).then(([m]) => m),
};
