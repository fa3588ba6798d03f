/**
 * Finds what a stylesheet alone cannot: which background images are icons, which are decoration,
 * which are photos, and which inline SVGs are one-colour icons. It marks them with tokens in
 * `data-clair-ink` that contrast.styles.ts acts on:
 *   bg          a background-image icon (beside text, or alone in a small box): redrawn in ink
 *   before/after  the same on a ::before/::after pseudo-element
 *   mask-before/mask-after  a CSS-mask icon: painted with the text colour
 *   svg         an inline SVG icon drawn in one colour: redrawn in ink
 *   decor       a tiled background on an empty box: removed
 *   photo       a large background image on an empty box: kept natural (re-inverted in invert mode)
 * The classification does not depend on the mode, so the page is walked once per activation, in
 * slices of a few milliseconds (no long task), then only what is added later (MutationObserver,
 * batched per frame).
 */
import type { FeatureContext } from '../../core/feature.js';
import { guard, reportError } from '../../core/log.js';

export const INK_ATTR = 'data-clair-ink';
export const SCAN_DONE = 'clair:ink-scan-done';
const SLICE_MS = 6;
const ICON_MAX = 64;
const SHAPES = 'path, circle, rect, ellipse, line, polyline, polygon, text, use';

export class InkScan {
  private readonly marked = new Set<Element>();
  private readonly queue: Element[] = [];
  private running = false;
  private stopped = false;
  private observer?: MutationObserver;

  constructor(private readonly ctx: FeatureContext) {}

  start(): void {
    const body = this.ctx.doc.body;
    if (!body) return;
    this.enqueue(body);
    const view = this.ctx.doc.defaultView ?? window;
    this.observer = new view.MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof view.Element) this.enqueue(node);
    });
    this.observer.observe(body, { childList: true, subtree: true });
  }

  /** Stops and removes every mark: the page's DOM is as it was. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.queue.length = 0;
    for (const el of this.marked) el.removeAttribute(INK_ATTR);
    this.marked.clear();
  }

  private enqueue(root: Element): void {
    if (this.ctx.isClairNode(root)) return;
    this.queue.push(root);
    if (this.running) return;
    this.running = true;
    void this.run()
      .catch((error: unknown) => reportError('contrast icon scan', error))
      .finally(() => {
      this.running = false;
      // Tests and the bench wait for this mark (no page-visible state needed).
      if (!this.stopped) performance.mark(SCAN_DONE);
    });
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0 && !this.stopped) {
      const root = this.queue.shift()!;
      if (!root.isConnected) continue;
      // Clair's UI is skipped, and so are the shapes inside an SVG (the <svg> is judged as a whole).
      const walker = this.ctx.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
        acceptNode: (n) =>
          n instanceof Element && (n.hasAttribute('data-clair-ui') || n.parentElement instanceof SVGElement)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      let started = performance.now();
      for (let node: Node | null = walker.currentNode; node && !this.stopped; node = walker.nextNode()) {
        if (node instanceof Element) guard('contrast icon scan', () => this.classify(node as Element), undefined);
        if (performance.now() - started > SLICE_MS) {
          await nextTask();
          started = performance.now();
        }
      }
    }
  }

  private classify(el: Element): void {
    const view = this.ctx.doc.defaultView ?? window;
    const tokens: string[] = [];
    if (el instanceof view.SVGSVGElement) {
      if (isOneColourIcon(el, view)) tokens.push('svg');
    } else if (!(el instanceof view.SVGElement)) {
      const cs = view.getComputedStyle(el);
      if (cs.backgroundImage.includes('url(')) {
        const token = backgroundToken(el, cs);
        if (token) tokens.push(token);
      }
      for (const pseudo of ['before', 'after'] as const) {
        const ps = view.getComputedStyle(el, `::${pseudo}`);
        if (ps.content === 'none' || ps.content === 'normal') continue;
        const mask = ps.getPropertyValue('mask-image') || ps.getPropertyValue('-webkit-mask-image');
        if (mask && mask !== 'none') tokens.push(`mask-${pseudo}`);
        else if (ps.backgroundImage.includes('url(')) tokens.push(pseudo);
      }
    }
    if (tokens.length === 0) return;
    el.setAttribute(INK_ATTR, tokens.join(' '));
    this.marked.add(el);
  }
}

/** Icon, decoration or photo, for an element's own background image (undefined: leave to the sheet). */
function backgroundToken(el: Element, cs: CSSStyleDeclaration): string | undefined {
  const layers = cs.backgroundImage.split(/,(?![^(]*\))/);
  const index = layers.findIndex((l) => l.includes('url('));
  const repeat = (cs.backgroundRepeat.split(',')[index] ?? cs.backgroundRepeat).trim();
  const tiled = repeat !== 'no-repeat' && repeat !== 'no-repeat no-repeat';
  const size = (cs.backgroundSize.split(',')[index] ?? cs.backgroundSize).trim();
  const box = el.getBoundingClientRect();
  if (!hasText(el)) {
    if (tiled) return 'decor';
    return box.width <= ICON_MAX && box.height <= ICON_MAX ? 'bg' : 'photo';
  }
  // Beside text: an icon when it is drawn small and once; anything else is a decoration the sheet removes.
  if (tiled || el.querySelector('img, video, canvas, svg, iframe, picture')) return undefined;
  if (size === 'cover' || size === 'contain' || size.includes('%')) return undefined;
  const lengths = size.match(/[\d.]+px/g)?.map((v) => parseFloat(v)) ?? [];
  if (lengths.length > 0) return lengths.every((v) => v <= 48) ? 'bg' : undefined;
  return box.height <= ICON_MAX ? 'bg' : undefined;
}

function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.trim()) return true;
  return false;
}

/** A small inline SVG whose shapes use a single paint colour (several: a logo or illustration, kept). */
function isOneColourIcon(svg: SVGSVGElement, view: Window & typeof globalThis): boolean {
  const box = svg.getBoundingClientRect();
  if (box.width === 0 || box.width > ICON_MAX || box.height > ICON_MAX) return false;
  const paints = new Set<string>();
  let count = 0;
  for (const shape of svg.querySelectorAll(SHAPES)) {
    if (++count > 60) return false;
    const s = view.getComputedStyle(shape);
    for (const paint of [s.fill, s.stroke]) {
      if (!paint || paint === 'none' || /rgba\(.*,\s*0\)$/.test(paint)) continue;
      if (paint.startsWith('url(')) return false;
      paints.add(paint);
    }
    if (paints.size > 1) return false;
  }
  return paints.size === 1;
}

/** Yields to the event loop without setTimeout's 4 ms clamp. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}
