/**
 * A full-viewport layer of Clair UI drawn over the page (reading guide, reading mask): a
 * `data-clair-ui` shadow host that never takes clicks (`pointer-events: none`), is hidden from
 * assistive technologies (it is decoration) and is removed in one call.
 *
 * It stays out of the top layer on purpose: Clair's launcher and panel live there, so the mask
 * never dims the panel the visitor uses to turn it off. It is appended to <html>, not <body>: a
 * transform or filter on the body would otherwise become its containing block.
 */
import type { ClairConfig } from '../../core/config.js';
import { CLAIR_UI_ATTR } from '../../core/clair-node.js';

export interface PageOverlay {
  readonly root: ShadowRoot;
  remove(): void;
}

/** Host styles as inline !important: hostile page CSS (`* { display: none !important }`) loses. */
const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['pointer-events', 'none'],
  ['overflow', 'hidden'],
  ['contain', 'strict'],
  ['visibility', 'visible'],
];

export function mountOverlay(doc: Document, tag: string, css: string, config: Pick<ClairConfig, 'zIndex'>): PageOverlay {
  const view = doc.defaultView ?? window;
  const host = doc.createElement(tag);
  host.setAttribute(CLAIR_UI_ATTR, '');
  host.setAttribute('aria-hidden', 'true');
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  // Just below the launcher when the site gives Clair a z-index; under the top layer otherwise.
  const z = config.zIndex === 'auto' ? 2147483646 : Math.max(0, config.zIndex - 1);
  host.style.setProperty('z-index', String(z), 'important');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  doc.documentElement.append(host);
  return { root, remove: () => host.remove() };
}
