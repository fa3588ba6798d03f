import { stylesheetFeature } from '../../core/feature.js';
import { css } from './focus-ring.styles.js';

export default stylesheetFeature('focus-ring', css);
