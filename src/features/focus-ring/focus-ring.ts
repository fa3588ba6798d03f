import type { FeatureModule } from '../../core/feature.js';
import { css } from './focus-ring.styles.js';

const OWNER = 'focus-ring';

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    ctx.styles.set(OWNER, css);
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
