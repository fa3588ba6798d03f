import type { SectionDefinition } from '../../core/feature.js';

/** A panel section listing the page's regions and headings; each entry moves focus there. */
export const pageMap: SectionDefinition = {
  kind: 'section',
  id: 'pageMap',
  group: 'navigate',
  i18n: 'layout:pageMap',
  control: { tag: 'clair-page-map', load: () => import('./page-map.js').then((m) => m.define()) },
};
