import type { FeatureDefinition } from '../../core/feature.js';

export const COLOUR_VISION_CHOICES = ['off', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type ColourVision = (typeof COLOUR_VISION_CHOICES)[number];

/**
 * Daltonisation: shifts the colour differences a dichromat cannot see into ones they can, so
 * colour-coded information (red/green states, charts) stays distinguishable (WCAG 1.4.1).
 */
export const colourVision: FeatureDefinition = {
  id: 'colourVision',
  type: 'choice',
  group: 'see',
  i18n: 'colour:colourVision',
  described: true,
  choices: COLOUR_VISION_CHOICES,
  default: 'off',
  wcag: ['1.4.1'],
  control: { tag: 'clair-colour-choice', load: () => import('../contrast/colour-control.js') },
  load: () => import('./colour-vision.js'),
};
