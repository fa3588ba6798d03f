import { stylesheetFeature } from '../../core/feature.js';
import { css } from './line-length.styles.js';

export default stylesheetFeature('line-length', css);
