/**
 * The reading mask: Clair UI over the page (it never takes clicks) that leaves a clear band of
 * about three lines around the pointer, or around the focused element, moved a line at a time
 * with Alt+↑/↓.
 */
import type { FeatureModule } from '../../core/feature.js';
import { mountOverlay, type PageOverlay } from '../../ui/base/page-overlay.js';
import { watchReadingSpot } from '../../ui/base/reading-spot.js';
import { css } from './reading-mask.styles.js';

let overlay: PageOverlay | undefined;

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    if (overlay) return;
    const mounted = mountOverlay(ctx.doc, 'clair-reading-mask', css, ctx.config);
    overlay = mounted;
    const shade = (side: 'top' | 'bottom') => {
      const element = ctx.doc.createElement('div');
      element.className = `shade ${side}`;
      mounted.root.append(element);
      return element;
    };
    const top = shade('top');
    const bottom = shade('bottom');
    watchReadingSpot(
      ctx.doc,
      (spot) => {
        // One line of context above and below what is being read.
        const from = Math.round(spot.top - spot.line);
        const to = Math.round(spot.bottom + spot.line);
        for (const element of [top, bottom]) element.classList.toggle('jump', spot.jump);
        top.style.transform = `translateY(${from}px)`;
        bottom.style.transform = `translateY(${to}px)`;
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
