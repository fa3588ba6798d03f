import { stylesheetFeature } from '../../core/feature.js';
import { css } from './outline-links.styles.js';

export default stylesheetFeature('outline-links', css);
