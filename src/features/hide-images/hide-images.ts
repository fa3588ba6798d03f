/**
 * Hide images: one stylesheet hides them (and keeps lazy ones from downloading), and each image
 * with a text alternative gets a stand-in showing it. Images added or changed later are handled as
 * they come: a MutationObserver on the document (additions, removals, alt changes) and Clair's
 * shared scope watcher for the page's open shadow roots and same-origin iframes, where the
 * stylesheet reaches too. Only what changed is looked at, never the whole page again.
 */
import type { FeatureModule } from '../../core/feature.js';
import type { StyleScope } from '../../core/host-styles.js';
import { guard } from '../../core/log.js';
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
    const observer = new MutationObserver((records) =>
      guard('hideImages observer', () => {
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
      }, undefined),
    );
    observer.observe(ctx.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['alt', 'aria-label', 'title', 'role', 'aria-hidden'],
    });
    ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // Shadow roots and iframes (their additions only: the document has its own observer above).
    for (const scope of ctx.styles.scopes()) texts.addIn(...rootsOf(scope));
    ctx.styles.watch(
      {
        scope: (scope) => texts.addIn(...rootsOf(scope)),
        added: (elements, scope) => {
          if (scope !== ctx.doc) texts.addIn(...elements);
        },
      },
      ctx.signal,
    );
  },
  revert(ctx) {
    ctx.styles.remove(OWNER);
    altTexts?.revert();
    altTexts = undefined;
  },
};

/** The top elements of a scope: a document's root, or a shadow root's children. */
function rootsOf(scope: StyleScope): Element[] {
  return 'documentElement' in scope ? [scope.documentElement] : [...scope.children];
}

export default feature;
