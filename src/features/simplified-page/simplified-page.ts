/**
 * The simplified page: an adopted stylesheet plus marker attributes computed once by classify.ts.
 * Content added later is classified in batches (one pass per animation frame over the added
 * subtrees only). Turning it off removes the sheet and every attribute it added.
 */
import type { FeatureModule } from '../../core/feature.js';
import { guardAsync } from '../../core/log.js';
import { classify, MARK } from './classify.js';
import { css } from './simplified-page.styles.js';

const OWNER = 'simplified-page';

/** Elements this module marked (only these lose the attribute on revert). */
const marked = new Set<Element>();

async function markAll(roots: readonly Element[], isClair: (n: Node) => boolean, signal: AbortSignal): Promise<void> {
  const marks = await classify(roots, isClair, signal);
  if (signal.aborted) return;
  for (const [el, set] of marks) {
    if (!el.isConnected) continue;
    el.setAttribute(MARK, [...set].join(' '));
    marked.add(el);
  }
}

const feature: FeatureModule<boolean> = {
  async apply(on, ctx) {
    if (!on || ctx.styles.has(OWNER)) return;
    const body = ctx.doc.body;
    await markAll([body], ctx.isClairNode, ctx.signal);
    if (ctx.signal.aborted) return;
    ctx.styles.set(OWNER, css);

    let pending: Element[] = [];
    const flush = () => {
      const roots = pending.filter((el) => el.isConnected && !pending.some((other) => other !== el && other.contains(el)));
      pending = [];
      void guardAsync('simplified page (added content)', () => markAll(roots, ctx.isClairNode, ctx.signal), undefined);
    };
    const observer = new MutationObserver((records) => {
      const first = pending.length === 0;
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof Element && !ctx.isClairNode(node)) pending.push(node);
        }
      }
      if (first && pending.length > 0) requestAnimationFrame(flush);
    });
    observer.observe(body, { childList: true, subtree: true });
    ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  },

  revert(ctx) {
    ctx.styles.remove(OWNER);
    for (const el of marked) el.removeAttribute(MARK);
    marked.clear();
  },
};

export default feature;
