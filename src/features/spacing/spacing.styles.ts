/**
 * Spacing values and the CSS that applies them. The WCAG preset is exactly the 1.4.12 test values
 * (the same rules as the WCAG text-spacing bookmarklet); the dyslexia preset follows the British
 * Dyslexia Association style guide (wider letter and word spacing, roomier lines).
 */
import { ICON_SELECTOR } from '../read-common/icons.js';

export interface Spacing {
  /** Unitless line height. */
  readonly lineHeight: number;
  /** In em (fractions of the font size). */
  readonly letterSpacing: number;
  readonly wordSpacing: number;
  readonly paragraphSpacing: number;
}

export const PRESETS: Readonly<Record<'wcag' | 'dyslexia', Spacing>> = {
  wcag: { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 },
  dyslexia: { lineHeight: 1.8, letterSpacing: 0.18, wordSpacing: 0.5, paragraphSpacing: 2.5 },
};

export const FIT_ATTR = 'data-clair-fit-spacing';

/**
 * Clair's UI and icons drawn with fonts keep theirs; icons are reset to normal spacing, which they
 * would otherwise inherit (letter spacing breaks icon ligatures such as Material Icons' words).
 */
const TARGET = `:not([data-clair-ui], ${ICON_SELECTOR}, svg *, math *)`;

export function spacingCss(s: Spacing, fitCss: string): string {
  return `${TARGET}{line-height:${s.lineHeight}!important;letter-spacing:${s.letterSpacing}em!important;word-spacing:${s.wordSpacing}em!important}
p${TARGET}{margin-block-end:${s.paragraphSpacing}em!important}
:is(${ICON_SELECTOR}){letter-spacing:normal!important;word-spacing:normal!important}
${fitCss}`;
}
