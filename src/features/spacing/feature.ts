import type { FeatureDefinition } from '../../core/feature.js';

const load = () => import('./spacing.js');
const loadSlider = () => import('./spacing-slider.js');
/** The sliders are shown in custom mode only (through the API they also work in other modes). */
const showWhen = { setting: 'spacing', is: ['custom'] } as const;

/**
 * Text spacing (WCAG 1.4.12): the exact WCAG values, a wider preset for dyslexia, or custom values
 * from the four sliders below (moving one selects "custom"). Slider defaults are the WCAG values.
 */
export const spacing: FeatureDefinition = {
  id: 'spacing',
  type: 'choice',
  group: 'read',
  i18n: 'read:spacing',
  described: true,
  default: 'off',
  choices: ['off', 'wcag', 'dyslexia', 'custom'],
  wcag: ['1.4.12'],
  load,
};

export const lineHeight: FeatureDefinition = {
  id: 'lineHeight',
  type: 'range',
  group: 'read',
  i18n: 'read:lineHeight',
  default: 1.5,
  min: 1,
  max: 2.5,
  step: 0.1,
  unit: 'number',
  wcag: ['1.4.12'],
  showWhen,
  load: loadSlider,
};

/** Percent of the font size (0.12em = 12 %). */
export const letterSpacing: FeatureDefinition = {
  id: 'letterSpacing',
  type: 'range',
  group: 'read',
  i18n: 'read:letterSpacing',
  default: 12,
  min: 0,
  max: 40,
  step: 1,
  unit: 'percent',
  wcag: ['1.4.12'],
  showWhen,
  load: loadSlider,
};

export const wordSpacing: FeatureDefinition = {
  id: 'wordSpacing',
  type: 'range',
  group: 'read',
  i18n: 'read:wordSpacing',
  default: 16,
  min: 0,
  max: 100,
  step: 2,
  unit: 'percent',
  wcag: ['1.4.12'],
  showWhen,
  load: loadSlider,
};

export const paragraphSpacing: FeatureDefinition = {
  id: 'paragraphSpacing',
  type: 'range',
  group: 'read',
  i18n: 'read:paragraphSpacing',
  default: 200,
  min: 0,
  max: 400,
  step: 25,
  unit: 'percent',
  wcag: ['1.4.12'],
  showWhen,
  load: loadSlider,
};
