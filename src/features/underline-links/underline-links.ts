import { stylesheetFeature } from '../../core/feature.js';
import { css } from './underline-links.styles.js';

export default stylesheetFeature('underline-links', css);
