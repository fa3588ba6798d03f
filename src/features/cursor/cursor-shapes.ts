/**
 * Cursor shapes as SVG paths on a 32-unit grid, each with its hot spot (the pixel that clicks).
 * Drawn with a contrasting 1.5-unit edge so a black cursor shows on dark areas and a white one on
 * light areas.
 */
export interface Shape {
  readonly d: string;
  readonly hotX: number;
  readonly hotY: number;
}

export const ARROW: Shape = { d: 'M3 2V25l6-5.5 4 9 4.2-1.8-3.9-8.8H21Z', hotX: 3, hotY: 2 };

export const HAND: Shape = {
  d: 'M10 18V4.5a2.5 2.5 0 0 1 5 0V12a2.25 2.25 0 0 1 4.5 0v1a2.25 2.25 0 0 1 4.5 0v1.5a2 2 0 0 1 4 0V22c0 4-3 7-7 7h-4c-3 0-4.5-1.5-6-3.5L4.5 19a2.2 2.2 0 0 1 3.3-2.9Z',
  hotX: 12.5,
  hotY: 2,
};

export const TEXT: Shape = {
  d: 'M10 3h4q2 0 2 2q0-2 2-2h4v3h-3.5q-1 0-1 1v18q0 1 1 1H22v3h-4q-2 0-2-2q0 2-2 2h-4v-3h3.5q1 0 1-1V7q0-1-1-1H10Z',
  hotX: 16,
  hotY: 16,
};

/** A CSS `url(...) x y` cursor image of `shape` at `size` CSS pixels. */
export function cursorImage(shape: Shape, size: number, fill: string, edge: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
    `<path d="${shape.d}" fill="${fill}" stroke="${edge}" stroke-width="1.5" stroke-linejoin="round"/></svg>`;
  const scale = size / 32;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") ${Math.round(shape.hotX * scale)} ${Math.round(shape.hotY * scale)}`;
}
