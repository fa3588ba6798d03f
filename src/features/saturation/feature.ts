import type { FeatureDefinition } from '../../core/feature.js';

export const SATURATION_CHOICES = ['off', 'low', 'mono'] as const;
export type Saturation = (typeof SATURATION_CHOICES)[number];

/** Calmer colours (low) or none at all (mono), for visitors whom bright colours tire or distract. */
export const saturation: FeatureDefinition = {
  id: 'saturation',
  type: 'choice',
  group: 'see',
  i18n: 'colour:saturation',
  choices: SATURATION_CHOICES,
  default: 'off',
  control: { tag: 'clair-colour-choice', load: () => import('../contrast/colour-control.js') },
  load: () => import('./saturation.js'),
};
