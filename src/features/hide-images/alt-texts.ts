/**
 * Stand-ins for hidden images: the image's text alternative, shown where the image was. Each is a
 * `data-clair-ui` element with its own shadow root (page styles cannot reach in) carrying
 * `role="img"` and the same name, so screen readers meet an image with the same name as before,
 * while the hidden <img> itself leaves the accessibility tree. Decorative images (`alt=""`) and
 * images without any text alternative get no stand-in: Clair does not invent text.
 */
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';
import type { FeatureContext } from '../../core/feature.js';
import { altCss } from './hide-images.styles.js';

const TAG = 'clair-alt-text';

export class AltTexts {
  private readonly standIns = new Map<HTMLImageElement, HTMLElement>();
  /** A constructed sheet only works in the document whose window built it: one per document. */
  private readonly sheets = new WeakMap<Document, CSSStyleSheet>();

  constructor(private readonly ctx: FeatureContext) {}

  /** Images in these subtrees (elements of the document, a shadow root or an iframe). */
  addIn(...roots: Element[]): void {
    for (const root of roots) {
      const images = root.localName === 'img' ? [root as HTMLImageElement] : root.querySelectorAll('img');
      for (const img of images) this.update(img);
    }
  }

  /** Adds, changes or removes the stand-in of one image. */
  update(img: HTMLImageElement): void {
    if (this.ctx.isClairNode(img)) return;
    const text = img.isConnected && !isDecorative(img) ? textAlternative(img) : '';
    const current = this.standIns.get(img);
    if (!text) {
      current?.remove();
      this.standIns.delete(img);
      return;
    }
    if (current) {
      current.setAttribute('aria-label', text);
      const span = current.shadowRoot?.firstElementChild;
      if (span) span.textContent = text;
      if (current.previousSibling !== img) img.after(current);
      return;
    }
    const standIn = this.create(text, img.ownerDocument);
    img.after(standIn);
    this.standIns.set(img, standIn);
  }

  /** Stand-ins of images that left the page go with them. */
  prune(): void {
    for (const [img, standIn] of this.standIns) {
      if (img.isConnected) continue;
      standIn.remove();
      this.standIns.delete(img);
    }
  }

  revert(): void {
    for (const standIn of this.standIns.values()) standIn.remove();
    this.standIns.clear();
  }

  private create(text: string, doc: Document): HTMLElement {
    const host = doc.createElement(TAG);
    host.setAttribute(CLAIR_UI_ATTR, '');
    host.setAttribute('role', 'img');
    host.setAttribute('aria-label', text);
    const root = host.attachShadow({ mode: 'open' });
    let sheet = this.sheets.get(doc);
    if (!sheet) {
      sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(altCss);
      this.sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    const span = doc.createElement('span');
    span.textContent = text;
    root.append(span);
    return host;
  }
}

function isDecorative(img: HTMLImageElement): boolean {
  const role = img.getAttribute('role');
  return role === 'presentation' || role === 'none' || img.getAttribute('aria-hidden') === 'true';
}

/** What names the image for assistive technologies, in the usual order (no aria-labelledby walk). */
function textAlternative(img: HTMLImageElement): string {
  const text = img.getAttribute('aria-label') ?? img.getAttribute('alt') ?? img.getAttribute('title') ?? '';
  return text.trim();
}
