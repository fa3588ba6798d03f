/**
 * Keeps enlarged or spaced-out text readable in boxes the site made a fixed size (WCAG 1.4.4 and
 * 1.4.12: no loss of content). Candidates are boxes that clip (overflow hidden, line clamp,
 * ellipsis) and whose text fitted before Clair's change; after each change, those that now clip
 * are marked and get their height (or single line) relaxed. Boxes that already clipped before —
 * collapsed accordions, "read more" previews, visually hidden text — are left alone.
 */
import { Marks } from './marks.js';
import { afterFrame } from './walk.js';

function clips(style: CSSStyleDeclaration): boolean {
  const hidden = (v: string) => v === 'hidden' || v === 'clip';
  const clamp = style.webkitLineClamp && style.webkitLineClamp !== 'none';
  return hidden(style.overflowY) || hidden(style.overflowX) || style.textOverflow === 'ellipsis' || !!clamp;
}

/** Visually hidden text (1px boxes, clip) must stay hidden. */
function visuallyHidden(style: CSSStyleDeclaration): boolean {
  return (style.clip !== 'auto' && style.clip !== '') || (style.clipPath !== 'none' && style.clipPath !== '') || parseFloat(style.width) <= 2 || parseFloat(style.height) <= 2;
}

const overflows = (el: Element) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

export class Fit {
  private candidates = new Set<Element>();
  readonly marks: Marks;

  constructor(attr: string) {
    this.marks = new Marks(attr);
  }

  /** Records `el` if it is a clipping box (call during a walk, with its computed style). */
  consider(el: Element, style: CSSStyleDeclaration): void {
    if (clips(style) && el.firstChild && !visuallyHidden(style)) this.candidates.add(el);
  }

  /** Keeps only the boxes whose content fits now (call while the change is not in effect). */
  baseline(): void {
    this.candidates = new Set([...this.candidates].filter((el) => el.isConnected && !overflows(el)));
  }

  /** After the next frame, marks the boxes the change made clip. */
  async check(doc: Document, signal: AbortSignal): Promise<void> {
    if (this.candidates.size === 0) return;
    await afterFrame(doc);
    if (signal.aborted) return;
    for (const el of this.candidates) {
      if (el.isConnected && !this.marks.has(el) && overflows(el)) this.marks.set(el);
    }
  }

  /** The rule that lets marked boxes grow with their text. */
  css(): string {
    return `[${this.marks.attr}]{height:auto!important;max-height:none!important;-webkit-line-clamp:unset!important;white-space:normal!important;text-overflow:clip!important;overflow-wrap:anywhere!important}`;
  }

  clear(): void {
    this.marks.clear();
    this.candidates.clear();
  }
}
