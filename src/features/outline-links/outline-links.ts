import type { FeatureModule } from '../../core/feature.js';
import { css } from './outline-links.styles.js';

const OWNER = 'outline-links';

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    ctx.styles.set(OWNER, css);
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
