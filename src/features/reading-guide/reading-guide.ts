/**
 * The reading guide: Clair UI over the page (it never takes clicks), placed just under the line
 * the pointer is on, or under the focused element, moved a line at a time with Alt+↑/↓.
 */
import type { FeatureModule } from '../../core/feature.js';
import { mountOverlay, type PageOverlay } from '../../ui/base/page-overlay.js';
import { watchReadingSpot } from '../../ui/base/reading-spot.js';
import { css } from './reading-guide.styles.js';

/** Gap between the text and the ruler, px. */
const GAP = 2;
let overlay: PageOverlay | undefined;

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    if (overlay) return;
    const mounted = mountOverlay(ctx.doc, 'clair-reading-guide', css, ctx.config);
    overlay = mounted;
    const ruler = ctx.doc.createElement('div');
    ruler.className = 'ruler';
    mounted.root.append(ruler);
    watchReadingSpot(
      ctx.doc,
      (spot) => {
        ruler.classList.toggle('jump', spot.jump);
        ruler.style.transform = `translateY(${Math.round(spot.bottom + GAP)}px)`;
      },
      ctx.signal,
    );
  },
  revert() {
    overlay?.remove();
    overlay = undefined;
  },
};

export default feature;
