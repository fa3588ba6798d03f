/** Colour maths for keeping Clair's own UI readable whatever accent a site chooses. */
export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB_FN = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i;

/** Parses `#rgb`, `#rrggbb` and `rgb()`/`rgba()` (the forms computed styles use). */
export function parseColour(value: string): Rgb | undefined {
  const v = value.trim();
  const hex = HEX.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = RGB_FN.exec(v);
  if (fn) {
    const rgb = [fn[1], fn[2], fn[3]].map((n) => Number(n));
    if (rgb.every((n) => n <= 255)) return rgb as unknown as Rgb;
  }
  return undefined;
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('');
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminance(rgb: Rgb): number {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];

/**
 * Darkens `colour` towards black until white text on it reaches `ratio` (white on the accent is
 * how Clair uses it: launcher, selected choices, switches).
 */
export function ensureContrastWithWhite(colour: Rgb, ratio = 4.5): Rgb {
  let current = colour;
  for (let i = 0; i < 100 && contrastRatio(current, WHITE) < ratio; i++) {
    current = current.map((c) => c * 0.95) as unknown as Rgb;
  }
  return current.map((c) => Math.floor(c)) as unknown as Rgb;
}
