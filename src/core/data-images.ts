/**
 * Whether this page may show `data:` images. A site's Content-Security-Policy (`img-src` without
 * `data:`) can forbid them; features that draw with data: URLs (large cursors, still frames of
 * animated images) ask first and leave the page as it is when they are blocked, instead of
 * filling the console with one CSP error per element. The answer is cached per document; when
 * data: images are blocked the browser logs the probe's violation once.
 */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const answers = new WeakMap<Document, Promise<boolean>>();

export function dataImagesAllowed(doc: Document): Promise<boolean> {
  let answer = answers.get(doc);
  if (!answer) {
    answer = new Promise<boolean>((resolve) => {
      const view = doc.defaultView ?? window;
      const probe = new view.Image();
      probe.onload = () => resolve(true);
      probe.onerror = () => resolve(false);
      probe.src = PIXEL;
    });
    answers.set(doc, answer);
  }
  return answer;
}
