/**
 * Helpers of the colour specs: WCAG contrast maths, screenshot pixels (what the visitor really
 * sees, filters included) and the wait for the contrast module's icon scan.
 */
import type { Page } from '@playwright/test';
import { pageAtRest } from './clair';

export type Rgb = [number, number, number];

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
export const luminance = (c: Rgb) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
export function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function parseRgb(css: string): Rgb {
  const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  throw new Error(`not a colour: ${css}`);
}

/** Pixels of a screenshot of `clip`, decoded in the page (no PNG library needed). */
export async function pixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<Rgb[]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < data.length; i += 4) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
    return out;
  }, png.toString('base64'));
}

/** The element's box in the viewport, scrolled into view first. */
export async function boxOf(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}

/** The pixel at the centre of an element (after scrolling it into view). */
export async function centrePixel(page: Page, selector: string): Promise<Rgb> {
  const box = await boxOf(page, selector);
  if (!box) throw new Error(`${selector} has no box`);
  const [px] = await pixels(page, { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), width: 1, height: 1 });
  return px!;
}

/**
 * Highest contrast between any pixel of the element's box (its first 320 px) and `background`: is
 * something drawn there?
 */
export async function inkContrast(page: Page, selector: string, background: Rgb): Promise<number> {
  const box = await boxOf(page, selector);
  if (!box) throw new Error(`${selector} has no box`);
  const px = await pixels(page, { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.min(320, Math.ceil(box.width)), height: Math.ceil(box.height) });
  return Math.max(...px.map((p) => ratio(p, background)));
}

/** Turns contrast on and waits for the icon scan the first activation starts. */
export async function setContrast(page: Page, mode: string): Promise<void> {
  await page.evaluate(async (m) => {
    const clair = (window as unknown as { Clair: { get(k: string): unknown; set(k: string, v: unknown): boolean; settled(): Promise<void> } }).Clair;
    if (clair.get('contrast') === 'off') performance.clearMarks('clair:ink-scan-done');
    clair.set('contrast', m);
    await clair.settled();
  }, mode);
  if (mode !== 'off') await page.waitForFunction(() => performance.getEntriesByName('clair:ink-scan-done').length > 0);
  await pageAtRest(page);
}

/** Violations as "rule → node count", for before/after comparisons. */
export function countByRule(violations: { id: string; nodes: unknown[] }[]): Record<string, number> {
  return Object.fromEntries(violations.map((v) => [v.id, v.nodes.length]));
}
