/**
 * Icons drawn with fonts must keep their font (a readable font has no glyph at their code points)
 * and their ligatures (letter spacing breaks "Material Icons" words). Known icon classes are
 * matched by selector; other icon fonts are found by their computed font-family name.
 */
export const ICON_ATTR = 'data-clair-icon';

export const ICON_SELECTOR = [
  '.fa,.fas,.far,.fab,.fal,.fad,.fass,[class^="fa-"],[class*=" fa-"]',
  '[class~="icon"],[class^="icon-"],[class*=" icon-"],[class*="fr-icon-"],[class*="-icon-"]',
  '[class^="bi-"],[class*=" bi-"],.glyphicon,.dashicons,[class*="material-icons"],[class*="material-symbols"]',
  '[data-icon],[aria-hidden="true"] i,i[aria-hidden="true"]',
  `[${ICON_ATTR}]`,
].join(',');

const ICON_FONT = /icon|awesome|material|symbol|glyph|fontello|icomoon/i;

/** Whether a computed font-family names an icon font. */
export function isIconFont(fontFamily: string): boolean {
  return ICON_FONT.test(fontFamily);
}
