/**
 * Large cursors are SVG data: images. A site whose Content-Security-Policy forbids data: images
 * (`img-src` without `data:`) would block every one of them, so the module asks first and, when
 * they are blocked, leaves the page alone, says why in the console and lets the panel show that
 * the feature could not start.
 */
import { dataImagesAllowed } from '../../core/data-images.js';
import type { FeatureModule } from '../../core/feature.js';
import { warn } from '../../core/log.js';
import { css, type CursorChoice } from './cursor.styles.js';

const OWNER = 'cursor';

const feature: FeatureModule<string> = {
  async apply(choice, ctx) {
    if (!(await dataImagesAllowed(ctx.doc))) {
      warn('CLAIR_CSP', 'this page\'s Content-Security-Policy blocks data: images (img-src), so the large cursor cannot be shown; add "data:" to img-src to allow it.');
      throw new Error('large cursor blocked by the page\'s Content-Security-Policy (img-src)');
    }
    if (ctx.signal.aborted) return;
    ctx.styles.set(OWNER, css(choice as CursorChoice));
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
  },
};

export default feature;
