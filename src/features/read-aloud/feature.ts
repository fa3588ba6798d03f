import type { FeatureDefinition } from '../../core/feature.js';

/**
 * Read aloud with the browser's own voices. The setting is on while a reading is under way
 * (page-only: reading never starts by itself on the next page); the panel shows a player.
 */
export const readAloud: FeatureDefinition = {
  id: 'readAloud',
  type: 'boolean',
  group: 'understand',
  i18n: 'understand:readAloud',
  default: false,
  persist: false,
  control: { tag: 'clair-read-aloud', load: () => import('./read-aloud-player.js').then((m) => m.define()) },
  load: () => import('./read-aloud.js'),
};

/** Reading speed, kept from page to page (applied by the reader, which reads it per sentence). */
export const readAloudRate: FeatureDefinition = {
  id: 'readAloudRate',
  type: 'range',
  group: 'understand',
  i18n: 'understand:readAloudRate',
  default: 100,
  min: 50,
  max: 200,
  step: 25,
  unit: 'percent',
};
