/**
 * Finds what a stylesheet alone cannot: which background images are icons, which are decoration,
 * which are photos, and which inline SVGs are one-colour icons. It marks them with tokens in
 * `data-clair-ink` that contrast.styles.ts acts on:
 *   bg          a background-image icon (beside text, or alone in a small box): redrawn in ink
 *   before/after  the same on a ::before/::after pseudo-element
 *   mask-before/mask-after  a CSS-mask icon: painted with the text colour
 *   svg         an inline SVG icon drawn in one colour: redrawn in ink
 *   decor       decoration: a gradient or picture behind text, a tiled background: removed
 *   photo       a large background image on an empty box: kept natural (re-inverted in invert mode)
 * The classification does not depend on the mode, so the page is walked once per activation, in
 * slices of a few milliseconds (no long task), then only what is added later (MutationObserver,
 * batched per frame).
 */
import type { FeatureContext } from '../../core/feature.js';
import { guard, reportError } from '../../core/log.js';
import { yieldToPage } from '../../core/yield-to-page.js';

export const INK_ATTR = 'data-clair-ink';
export const SCAN_DONE = 'clair:ink-scan-done';
const SLICE_MS = 6;
const ICON_MAX = 64;
/** Largest icon drawn beside text (CSS px). */
const ICON_TEXT_MAX = 48;
const SHAPES = 'path, circle, rect, ellipse, line, polyline, polygon, text, use';

export class InkScan {
  private readonly marked = new Set<Element>();
  private readonly queue: Element[] = [];
  private running = false;
  /** Answers that wait for an image's size; the scan is done when they are in. */
  private readonly pending: Promise<void>[] = [];
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
    // Not in the task that turned the mode on: the browser restyles and paints first.
    await nextFrame();
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
          await yieldToPage();
          started = performance.now();
        }
      }
    }
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  private classify(el: Element): void {
    const view = this.ctx.doc.defaultView ?? window;
    const tokens: string[] = [];
    if (el instanceof view.SVGSVGElement) {
      if (isOneColourIcon(el, view)) tokens.push('svg');
    } else if (!(el instanceof view.SVGElement)) {
      const cs = view.getComputedStyle(el);
      if (cs.backgroundImage !== 'none') {
        const token = backgroundToken(el, cs);
        if (token instanceof Promise) this.pending.push(token.then((t) => this.mark(el, t ? [t] : [])));
        else if (token) tokens.push(token);
      }
      for (const pseudo of ['before', 'after'] as const) {
        const ps = view.getComputedStyle(el, `::${pseudo}`);
        if (ps.content === 'none' || ps.content === 'normal') continue;
        const mask = ps.getPropertyValue('mask-image') || ps.getPropertyValue('-webkit-mask-image');
        if (mask && mask !== 'none') tokens.push(`mask-${pseudo}`);
        else {
          const url = urlOf(ps.backgroundImage.split(/,(?![^(]*\))/).find((l) => l.includes('url(')));
          if (url) this.pending.push(imageInfo(url).then((info) => this.mark(el, info?.glyph === false ? [] : [pseudo])));
        }
      }
    }
    this.mark(el, tokens);
  }

  /** Adds tokens to the element's mark (a later async answer joins the earlier ones). */
  private mark(el: Element, tokens: string[]): void {
    if (this.stopped || tokens.length === 0) return;
    const current = el.getAttribute(INK_ATTR);
    el.setAttribute(INK_ATTR, current ? `${current} ${tokens.join(' ')}` : tokens.join(' '));
    this.marked.add(el);
  }
}

/**
 * Icon, decoration or photo, for an element's own background image (undefined: leave it). Read from
 * the page's own styles: the contrast sheet never changes background images of unmarked elements.
 * An icon must also look like a glyph (see `looksLikeGlyph`), which needs the decoded image: that
 * answer comes asynchronously.
 */
function backgroundToken(el: Element, cs: CSSStyleDeclaration): string | undefined | Promise<string | undefined> {
  const layers = cs.backgroundImage.split(/,(?![^(]*\))/);
  const index = layers.findIndex((l) => l.includes('url('));
  const text = hasText(el);
  // Gradients only: decoration behind text goes, shapes without text (bars, progress) stay.
  if (index < 0) return text ? 'decor' : undefined;
  const repeat = (cs.backgroundRepeat.split(',')[index] ?? cs.backgroundRepeat).trim();
  const tiled = repeat !== 'no-repeat' && repeat !== 'no-repeat no-repeat';
  const size = (cs.backgroundSize.split(',')[index] ?? cs.backgroundSize).trim();
  const url = urlOf(layers[index]);
  const box = el.getBoundingClientRect();
  // What the element holds when its picture turns out not to be an icon.
  const otherwise = text ? 'decor' : 'photo';
  if (tiled) return 'decor';
  if (!text && (box.width > ICON_MAX || box.height > ICON_MAX)) return 'photo';
  if (text && (el.querySelector('img, video, canvas, svg, iframe, picture') || size === 'cover' || size === 'contain' || size.includes('%'))) return 'decor';
  const lengths = size.match(/[\d.]+px/g)?.map((v) => parseFloat(v)) ?? [];
  if (text && lengths.some((v) => v > ICON_TEXT_MAX)) return 'decor';
  if (!url) return otherwise;
  return imageInfo(url).then((info) => {
    if (!info) return otherwise;
    const small = lengths.length > 0 || !text || (info.w <= ICON_TEXT_MAX && info.h <= ICON_TEXT_MAX);
    return small && info.glyph ? 'bg' : otherwise;
  });
}

function urlOf(layer: string | undefined): string | undefined {
  return /url\("?(.*?)"?\)/.exec(layer ?? '')?.[1];
}

interface ImageInfo {
  readonly w: number;
  readonly h: number;
  /** Shapes on a transparent ground (an icon), not a rectangle of pixels (a picture). */
  readonly glyph: boolean;
}

const images = new Map<string, Promise<ImageInfo | undefined>>();

/**
 * The image's intrinsic size and whether it is a glyph: at least a fifth of its pixels are
 * transparent. Decoded from the browser's cache (the page loaded it already). A cross-origin image
 * the canvas may not read counts as a glyph (most background icons are).
 */
function imageInfo(url: string): Promise<ImageInfo | undefined> {
  let info = images.get(url);
  if (!info) {
    const img = new Image();
    img.src = url;
    info = img.decode().then(
      () => ({ w: img.naturalWidth, h: img.naturalHeight, glyph: transparentShare(img) >= 0.2 }),
      () => undefined,
    );
    images.set(url, info);
  }
  return info;
}

function transparentShare(img: HTMLImageElement): number {
  const side = 24;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) return 1;
  try {
    g.drawImage(img, 0, 0, side, side);
    const data = g.getImageData(0, 0, side, side).data;
    let clear = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! < 128) clear++;
    return clear / (side * side);
  } catch {
    return 1;
  }
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

