import type { FeatureDefinition } from '../../core/feature.js';

export const CONTRAST_CHOICES = ['off', 'dark', 'light', 'yellow', 'invert', 'custom'] as const;
export type ContrastMode = (typeof CONTRAST_CHOICES)[number];

/** Swatch names for the custom mode (hex values live in palettes.ts, with the lazy code). */
export const TEXT_SWATCHES = ['black', 'navy', 'brown', 'white', 'yellow', 'cream'] as const;
export const BACKGROUND_SWATCHES = ['white', 'cream', 'paleYellow', 'paleBlue', 'black', 'navy', 'darkGrey'] as const;
export const LINK_SWATCHES = ['blue', 'purple', 'darkGreen', 'cyan', 'yellow', 'pink'] as const;

const control = (tag: string) => ({ tag, load: () => import('./colour-control.js') });

/** High-contrast colour schemes, including the visitor's own colours (WCAG 1.4.3, 1.4.6, 1.4.8). */
export const contrast: FeatureDefinition = {
  id: 'contrast',
  type: 'choice',
  group: 'see',
  i18n: 'colour:contrast',
  choices: CONTRAST_CHOICES,
  default: 'off',
  wcag: ['1.4.3', '1.4.6', '1.4.8', '1.4.11'],
  control: control('clair-colour-choice'),
  load: () => import('./contrast.js'),
};

/** The custom mode's colours: plain settings read by the contrast module (no code of their own). */
const swatches = (id: string, choices: readonly string[], value: string): FeatureDefinition => ({
  id,
  type: 'choice',
  group: 'see',
  i18n: `colour:${id}`,
  choices,
  default: value,
  control: control('clair-colour-swatches'),
});

export const customText = swatches('customText', TEXT_SWATCHES, 'black');
export const customBackground = swatches('customBackground', BACKGROUND_SWATCHES, 'cream');
export const customLink = swatches('customLink', LINK_SWATCHES, 'blue');
