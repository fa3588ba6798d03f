/**
 * Animated images (GIF, animated WebP, APNG) shown as their first frame. A canvas draws the first
 * frame (what `drawImage` gives for an animated image), and a rule in Clair's stylesheet shows it
 * in place of the image with `content: url(...)`. The <img> itself stays where it was, with its
 * alt text and role: the accessibility tree does not change. Revert removes the rules and the
 * `data-clair-still` markers.
 *
 * Limits: an image from another site without CORS cannot be read back from the canvas (the browser
 * protects it) and keeps moving; so do CSS background images. Both are reported in the console.
 */
import { dataImagesAllowed } from '../../core/data-images.js';
import type { FeatureContext } from '../../core/feature.js';
import { guardAsync, warn } from '../../core/log.js';

const OWNER = 'stop-animations-stills';
export const STILL_ATTR = 'data-clair-still';
/** By file name or data: type: the formats that can animate. */
const ANIMATED = /\.(?:gif|webp|apng)(?:[?#]|$)|^data:image\/(?:gif|webp|apng)[;,]/i;
/** Large animations are drawn smaller: the still only needs to fill the image's box. */
const MAX_SIDE = 1024;

export class StillImages {
  private readonly marked = new Set<HTMLImageElement>();
  private sheet?: CSSStyleSheet;
  private next = 0;
  private allowed?: Promise<boolean>;
  private warnedCrossOrigin = false;

  constructor(private readonly ctx: FeatureContext) {}

  /** Images in these subtrees (of the document or its shadow roots) that may animate. */
  addIn(...roots: Element[]): void {
    for (const root of roots) {
      // Iframes get copies of Clair's sheets without the rules added here: leave their images.
      if (root.ownerDocument !== this.ctx.doc) continue;
      const images = root.localName === 'img' ? [root as HTMLImageElement] : root.querySelectorAll('img');
      for (const img of images) this.add(img);
    }
  }

  /** The image's source changed: forget the old still, look again. */
  refresh(img: HTMLImageElement): void {
    if (this.marked.delete(img)) img.removeAttribute(STILL_ATTR);
    this.add(img);
  }

  revert(): void {
    for (const img of this.marked) img.removeAttribute(STILL_ATTR);
    this.marked.clear();
    this.ctx.styles.remove(OWNER);
    this.sheet = undefined;
  }

  private add(img: HTMLImageElement): void {
    if (this.marked.has(img) || this.ctx.isClairNode(img) || !ANIMATED.test(img.currentSrc || img.src)) return;
    const freeze = () => void guardAsync('still image', () => this.freeze(img), undefined);
    if (img.complete && img.naturalWidth > 0) freeze();
    else img.addEventListener('load', freeze, { once: true, signal: this.ctx.signal });
  }

  private async freeze(img: HTMLImageElement): Promise<void> {
    this.allowed ??= dataImagesAllowed(this.ctx.doc).then((ok) => {
      if (!ok) warn('CLAIR_CSP', 'this page\'s Content-Security-Policy blocks data: images (img-src), so animated images cannot be shown still.');
      return ok;
    });
    if (!(await this.allowed) || this.ctx.signal.aborted || this.marked.has(img)) return;
    const url = firstFrame(img, this.ctx.doc);
    if (!url) {
      if (!this.warnedCrossOrigin) {
        warn('CLAIR_STILL', `an animated image from another site cannot be stopped (no CORS): ${img.currentSrc || img.src}`);
        this.warnedCrossOrigin = true;
      }
      return;
    }
    const id = String(++this.next);
    this.sheet ??= this.ctx.styles.set(OWNER, '');
    // One rule per image, added without re-parsing the others.
    this.sheet.insertRule(`img[${STILL_ATTR}="${id}"] { content: url("${url}") !important; }`, this.sheet.cssRules.length);
    img.setAttribute(STILL_ATTR, id);
    this.marked.add(img);
  }
}

/** The first frame as a PNG data: URL, or undefined when the browser forbids reading it. */
function firstFrame(img: HTMLImageElement, doc: Document): string | undefined {
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = doc.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(img, 0, 0, canvas.width, canvas.height);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return undefined; // a cross-origin image without CORS taints the canvas
  }
}
