/**
 * The colours of each contrast mode, and the custom mode's pair check. Every text colour (text,
 * links, visited links, placeholders) reaches 7:1 against its background (WCAG 1.4.6, AAA): the
 * preset palettes are checked by tests/contrast.spec.ts, the custom one is corrected here.
 */
import { contrastRatio, parseColour, toHex, type Rgb } from '../../core/colour.js';
import type { ContrastMode } from './feature.js';

export interface Palette {
  readonly fg: string;
  readonly bg: string;
  readonly link: string;
  readonly visited: string;
  /** Placeholders and disabled controls: quieter than text, still 7:1. */
  readonly muted: string;
  readonly focus: string;
  /** Native controls (checkboxes, scrollbars) follow this. */
  readonly scheme: 'light' | 'dark';
}

export const MIN_RATIO = 7;

const LIGHT: Palette = { fg: '#000000', bg: '#ffffff', link: '#0000b8', visited: '#5c1a8f', muted: '#474747', focus: '#0000b8', scheme: 'light' };

export const PALETTES: Readonly<Record<Exclude<ContrastMode, 'off' | 'custom'>, Palette>> = {
  dark: { fg: '#f2f2f2', bg: '#121212', link: '#8cc8ff', visited: '#dab8ff', muted: '#c4c4c4', focus: '#ffd84d', scheme: 'dark' },
  light: LIGHT,
  yellow: { fg: '#ffff00', bg: '#000000', link: '#00ffff', visited: '#ffb3ff', muted: '#e0e000', focus: '#ffffff', scheme: 'dark' },
  // Inverted: the light palette under an inverting filter (see contrast.ts).
  invert: LIGHT,
};

export const SWATCHES: Readonly<Record<string, string>> = {
  black: '#000000',
  navy: '#0a1f44',
  brown: '#3d2314',
  white: '#ffffff',
  yellow: '#ffff00',
  cream: '#fdf6e3',
  paleYellow: '#ffffcc',
  paleBlue: '#dcecff',
  darkGrey: '#1f1f1f',
  blue: '#0000c8',
  purple: '#6a1b9a',
  darkGreen: '#0b5e20',
  cyan: '#00e5ff',
  pink: '#ffb3e6',
};

/** A colour checked against a background: the one Clair uses, and whether it had to change it. */
export interface CheckedColour {
  readonly chosen: string;
  readonly used: string;
  readonly ratio: number;
  readonly corrected: boolean;
}

/**
 * Keeps `colour` if it reaches 7:1 on `background`; otherwise moves it towards black or white
 * (whichever side the background leaves room on) just far enough.
 */
export function checkColour(colour: string, background: string): CheckedColour {
  const c = parseColour(colour) ?? [0, 0, 0];
  const bg = parseColour(background) ?? [255, 255, 255];
  const ratio = contrastRatio(c, bg);
  if (ratio >= MIN_RATIO) return { chosen: colour, used: colour, ratio, corrected: false };
  const towardsBlack = contrastRatio([0, 0, 0], bg) >= contrastRatio([255, 255, 255], bg);
  const target = towardsBlack ? 0 : 255;
  let used: Rgb = c;
  for (let t = 0.05; t <= 1.0001; t += 0.05) {
    used = c.map((v) => Math.round(v + (target - v) * t)) as unknown as Rgb;
    if (contrastRatio(used, bg) >= MIN_RATIO) break;
  }
  return { chosen: colour, used: toHex(used), ratio: contrastRatio(used, bg), corrected: true };
}

export interface CustomColours {
  readonly text: string;
  readonly background: string;
  readonly link: string;
}

/** The custom palette from swatch names, with each colour checked against the background. */
export function customPalette(names: CustomColours): { palette: Palette; text: CheckedColour; link: CheckedColour } {
  const bg = SWATCHES[names.background] ?? SWATCHES['cream']!;
  const text = checkColour(SWATCHES[names.text] ?? '#000000', bg);
  const link = checkColour(SWATCHES[names.link] ?? '#0000c8', bg);
  const rgb = parseColour(bg) ?? [255, 255, 255];
  const dark = contrastRatio(rgb, [0, 0, 0]) < contrastRatio(rgb, [255, 255, 255]);
  return {
    palette: { fg: text.used, bg, link: link.used, visited: link.used, muted: text.used, focus: link.used, scheme: dark ? 'dark' : 'light' },
    text,
    link,
  };
}
