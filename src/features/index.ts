/**
 * The feature list: one line per feature module, in panel order within each group.
 * Adding a feature = one folder in src/features/ + one line here.
 */
import type { RegistryEntry } from '../core/feature.js';
import { underlineLinks } from './underline-links/feature.js';
import { plainLanguage } from './plain-language/feature.js';
import { readAloud, readAloudRate } from './read-aloud/feature.js';
import { textSize } from './text-size/feature.js';
import { spacing, lineHeight, letterSpacing, wordSpacing, paragraphSpacing } from './spacing/feature.js';
import { lineLength } from './line-length/feature.js';
import { font } from './font/feature.js';
import { textAlign } from './text-align/feature.js';

export const FEATURES: readonly RegistryEntry[] = [underlineLinks, textSize, spacing, lineHeight, letterSpacing, wordSpacing, paragraphSpacing, lineLength, font, textAlign, plainLanguage, readAloud, readAloudRate];
