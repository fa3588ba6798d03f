/**
 * Stop animations: one stylesheet for CSS motion, plus the things CSS cannot reach (videos,
 * script and SVG animations, animated images). Content added later is handled as it arrives: a
 * MutationObserver on the document looks only at the added subtrees, never the whole page again,
 * and Clair's shared scope watcher covers the page's open shadow roots and same-origin iframes.
 */
import type { FeatureModule } from '../../core/feature.js';
import type { StyleScope } from '../../core/host-styles.js';
import { guard } from '../../core/log.js';
import { MovingMedia } from './moving-media.js';
import { StillImages } from './still-images.js';
import { css } from './stop-animations.styles.js';

const OWNER = 'stop-animations';
let state: { media: MovingMedia; stills: StillImages } | undefined;

const feature: FeatureModule<boolean> = {
  apply(_on, ctx) {
    if (state) return;
    const media = new MovingMedia(ctx);
    const stills = new StillImages(ctx);
    state = { media, stills };
    // Before the sheet: getAnimations() then finds styles clean instead of forcing a full restyle.
    media.stopAll();
    ctx.styles.set(OWNER, css);
    stills.addIn(ctx.doc.documentElement);
    const observer = new MutationObserver((records) =>
      guard('stopAnimations observer', () => {
        for (const record of records) {
          if (record.type === 'attributes') {
            if (record.target instanceof HTMLImageElement) stills.refresh(record.target);
            continue;
          }
          for (const node of record.addedNodes) {
            if (!(node instanceof Element) || ctx.isClairNode(node)) continue;
            stills.addIn(node);
            media.stopIn(node);
          }
        }
      }, undefined),
    );
    observer.observe(ctx.doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'srcset'] });
    ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    const inScope = (...roots: Element[]) => {
      stills.addIn(...roots);
      media.stopIn(...roots);
    };
    for (const scope of ctx.styles.scopes()) inScope(...rootsOf(scope));
    ctx.styles.watch(
      {
        scope: (scope) => inScope(...rootsOf(scope)),
        added: (elements, scope) => {
          if (scope !== ctx.doc) inScope(...elements);
        },
      },
      ctx.signal,
    );
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
    state?.stills.revert();
    state?.media.resume();
    state = undefined;
  },
};

/** The top elements of a scope: a document's root, or a shadow root's children. */
function rootsOf(scope: StyleScope): Element[] {
  return 'documentElement' in scope ? [scope.documentElement] : [...scope.children];
}

export default feature;
