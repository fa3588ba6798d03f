import type { FeatureDefinition } from '../../core/feature.js';

/** A font designed for readability, served by Clair itself (never a third-party host). */
export const font: FeatureDefinition = {
  id: 'font',
  type: 'choice',
  group: 'read',
  i18n: 'read:font',
  default: 'site',
  choices: ['site', 'luciole', 'opendyslexic', 'atkinson', 'lexend'],
  choiceNames: { luciole: 'Luciole', opendyslexic: 'OpenDyslexic', atkinson: 'Atkinson Hyperlegible', lexend: 'Lexend' },
  load: () => import('./font.js'),
};
