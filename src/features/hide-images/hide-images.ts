/**
 * Hide images: one stylesheet hides them (and keeps lazy ones from downloading), and each image
 * with a text alternative gets a stand-in showing it. A MutationObserver handles images added or
 * changed later, looking only at what changed.
 */
import type { FeatureModule } from '../../core/feature.js';
import { AltTexts } from './alt-texts.js';
import { css } from './hide-images.styles.js';

const OWNER = 'hide-images';
let altTexts: AltTexts | undefined;

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    if (altTexts) return;
    ctx.styles.set(OWNER, css);
    const texts = new AltTexts(ctx);
    altTexts = texts;
    texts.addIn(ctx.doc.documentElement);
    const observer = new MutationObserver((records) => {
      let removed = false;
      for (const record of records) {
        if (record.type === 'attributes') {
          if (record.target instanceof HTMLImageElement) texts.update(record.target);
          continue;
        }
        removed ||= record.removedNodes.length > 0;
        for (const node of record.addedNodes) {
          if (node instanceof Element && !ctx.isClairNode(node)) texts.addIn(node);
        }
      }
      if (removed) texts.prune();
    });
    observer.observe(ctx.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['alt', 'aria-label', 'title', 'role', 'aria-hidden'],
    });
    ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
    altTexts?.revert();
    altTexts = undefined;
  },
};

export default feature;
