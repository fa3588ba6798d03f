import type { FeatureModule } from '../../core/feature.js';
import { css } from './highlight-headings.styles.js';

const OWNER = 'highlight-headings';

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    ctx.styles.set(OWNER, css(ctx.config.accent));
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
