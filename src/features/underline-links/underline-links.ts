import type { FeatureModule } from '../../core/feature.js';
import { css } from './underline-links.styles.js';

const OWNER = 'underline-links';

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    ctx.styles.set(OWNER, css);
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
