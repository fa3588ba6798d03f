/** The colour features' panel controls (one lazy chunk, loaded with the panel). */
import { ClairColourChoice } from './colour-choice.js';
import { ClairColourSwatches } from './colour-swatches.js';

ClairColourChoice.define('clair-colour-choice');
ClairColourSwatches.define('clair-colour-swatches');
