/**
 * The feature list: one line per feature module, in panel order within each group.
 * Adding a feature = one folder in src/features/ + one line here.
 */
import type { RegistryEntry } from '../core/feature.js';
import { underlineLinks } from './underline-links/feature.js';
import { outlineLinks } from './outline-links/feature.js';
import { highlightHeadings } from './highlight-headings/feature.js';
import { focusRing } from './focus-ring/feature.js';
import { cursor } from './cursor/feature.js';
import { readingGuide } from './reading-guide/feature.js';
import { readingMask } from './reading-mask/feature.js';
import { stopAnimations } from './stop-animations/feature.js';
import { hideImages } from './hide-images/feature.js';
import { readingView } from './reading-view/feature.js';
import { simplifiedPage } from './simplified-page/feature.js';
import { pageMap } from './page-map/feature.js';
import { plainLanguage } from './plain-language/feature.js';
import { readAloud, readAloudRate } from './read-aloud/feature.js';
import { contrast, customText, customBackground, customLink } from './contrast/feature.js';
import { saturation } from './saturation/feature.js';
import { colourVision } from './colour-vision/feature.js';
import { textSize } from './text-size/feature.js';
import { spacing, lineHeight, letterSpacing, wordSpacing, paragraphSpacing } from './spacing/feature.js';
import { lineLength } from './line-length/feature.js';
import { font } from './font/feature.js';
import { textAlign } from './text-align/feature.js';
import { translate } from './translate/feature.js';
export const FEATURES: readonly RegistryEntry[] = [underlineLinks, outlineLinks, highlightHeadings, focusRing, cursor, readingGuide, readingMask, stopAnimations, hideImages, readingView, simplifiedPage, pageMap, plainLanguage, readAloud, readAloudRate, contrast, customText, customBackground, customLink, saturation, colourVision, textSize, spacing, lineHeight, letterSpacing, wordSpacing, paragraphSpacing, lineLength, font, textAlign, translate];
