import type { FeatureModule } from '../../core/feature.js';
import { css } from './line-length.styles.js';

const OWNER = 'line-length';

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    ctx.styles.set(OWNER, css);
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
