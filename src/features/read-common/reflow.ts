/**
 * Enlarged text must not make the page scroll sideways (WCAG 1.4.10). When it does after a change
 * (and did not before), the rows that overflow are allowed to wrap: flex rows get `flex-wrap`,
 * single-line text gets normal wrapping. Only run when the page overflows, after a frame.
 */
import { Marks } from './marks.js';
import { afterFrame } from './walk.js';

const overflow = (doc: Document) => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;

export class Reflow {
  readonly rows = new Marks('data-clair-wrap');
  readonly lines = new Marks('data-clair-nowrap');
  private before = 0;

  /** Call while the change is not in effect. */
  baseline(doc: Document): void {
    this.before = overflow(doc);
  }

  async check(doc: Document, elements: () => Iterable<Element>, signal: AbortSignal): Promise<void> {
    await afterFrame(doc);
    if (signal.aborted || overflow(doc) <= Math.max(this.before, 0) + 1) return;
    const width = doc.documentElement.clientWidth;
    for (const el of elements()) {
      if (el.ownerDocument !== doc || !el.isConnected || el.getBoundingClientRect().right <= width + 1) continue;
      const style = getComputedStyle(el);
      if (style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre') this.lines.set(el);
      const parent = el.parentElement;
      if (parent) {
        const p = getComputedStyle(parent);
        if (p.display.includes('flex') && p.flexWrap === 'nowrap' && p.flexDirection.startsWith('row')) this.rows.set(parent);
      }
    }
  }

  css(): string {
    return `[${this.rows.attr}]{flex-wrap:wrap!important}[${this.lines.attr}]{white-space:normal!important}`;
  }

  clear(): void {
    this.rows.clear();
    this.lines.clear();
  }
}
