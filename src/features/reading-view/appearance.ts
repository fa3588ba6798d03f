/**
 * The view follows the visitor's other reading settings. It reads them by their public ids (the
 * same values `Clair.get()` returns) and turns them into a few custom properties on the view's
 * host, so a change while the view is open is one style update, not a rebuild:
 * - `textSize` (percent) scales all the view's text (`--clair-rv-scale`);
 * - `contrast` (`dark`, `light`, `yellow`, `invert`, `custom` with `customText`, `customBackground`,
 *   `customLink`) picks the view's colours from the contrast module's palettes;
 * - `spacing` (`wcag`, `dyslexia`, `custom` with `lineHeight`, `letterSpacing`, `wordSpacing`,
 *   `paragraphSpacing`: em hundredths and percent, as the spacing module stores them) widens its
 *   spacing;
 * - `font` uses the readable font another module has loaded into `document.fonts`.
 * Settings a page does not offer read as undefined and leave the view's own defaults.
 */
import type { SettingValue } from '../../core/settings.js';
import { customPalette, PALETTES, type Palette } from '../contrast/palettes.js';

export const APPEARANCE_KEYS = new Set([
  'textSize', 'contrast', 'customText', 'customBackground', 'customLink', 'spacing', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'font',
]);

type Get = (id: string) => SettingValue | undefined;

interface ViewPalette {
  fg: string;
  bg: string;
  link: string;
  muted: string;
  accentBg: string;
  focus: string;
}

/** The view's own colours when no contrast mode is on. */
const DEFAULT: ViewPalette = { fg: '#1b1b1b', bg: '#fdfcf8', link: '#0b4fc4', muted: '#4a4a4a', accentBg: '#eef2f8', focus: '#0b4fc4' };

/**
 * The contrast module's own palettes (checked at 7:1 there), so the view and the page agree. The
 * inverted mode shows the view in the dark palette: an inverted page reads light on dark.
 */
function palette(get: Get): ViewPalette {
  const mode = String(get('contrast') ?? 'off');
  let p: Palette | undefined;
  if (mode === 'custom') {
    p = customPalette({ text: String(get('customText') ?? ''), background: String(get('customBackground') ?? ''), link: String(get('customLink') ?? '') }).palette;
  } else if (mode === 'invert') p = PALETTES.dark;
  else if (mode in PALETTES) p = PALETTES[mode as keyof typeof PALETTES];
  return p ? { fg: p.fg, bg: p.bg, link: p.link, muted: p.muted, accentBg: p.bg, focus: p.focus } : DEFAULT;
}

/** A number read as a multiplier whether the setting stores 1.5 or 150 (percent). */
function factor(v: SettingValue | undefined, max: number): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
  const n = v > max ? v / 100 : v;
  return n <= max ? n : undefined;
}

function spacing(get: Get): Record<string, string> {
  const mode = String(get('spacing') ?? 'off');
  if (mode === 'wcag') return { lh: '1.6', ls: '0.12em', ws: '0.16em', ps: '2em' };
  if (mode === 'dyslexia') return { lh: '1.9', ls: '0.16em', ws: '0.3em', ps: '2.5em' };
  if (mode === 'custom') {
    const lh = factor(get('lineHeight'), 4);
    const ls = factor(get('letterSpacing'), 1);
    const ws = factor(get('wordSpacing'), 2);
    const ps = factor(get('paragraphSpacing'), 5);
    return { lh: String(Math.max(lh ?? 1.6, 1.5)), ls: `${ls ?? 0.12}em`, ws: `${ws ?? 0.16}em`, ps: `${Math.max(ps ?? 2, 1.2)}em` };
  }
  return { lh: '1.6', ls: 'normal', ws: 'normal', ps: '1.2em' };
}

const FONT_PATTERNS: Record<string, RegExp> = {
  luciole: /luciole/i,
  opendyslexic: /open-?dyslexic/i,
  atkinson: /atkinson/i,
  lexend: /lexend/i,
};

const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

function font(get: Get, doc: Document): string {
  const pattern = FONT_PATTERNS[String(get('font') ?? 'site')];
  if (!pattern) return SYSTEM_FONT;
  for (const face of doc.fonts) {
    if (pattern.test(face.family)) return `${JSON.stringify(face.family.replace(/^["']|["']$/g, ''))}, ${SYSTEM_FONT}`;
  }
  return SYSTEM_FONT;
}

/** Writes the view's custom properties for the current settings. */
export function applyAppearance(host: HTMLElement, get: Get): void {
  const textSize = get('textSize');
  const scale = typeof textSize === 'number' && textSize > 0 ? textSize / 100 : 1;
  const p = palette(get);
  const s = spacing(get);
  const values: Record<string, string> = {
    '--clair-rv-scale': String(Math.min(Math.max(scale, 0.5), 4)),
    '--clair-rv-fg': p.fg,
    '--clair-rv-bg': p.bg,
    '--clair-rv-link': p.link,
    '--clair-rv-muted': p.muted,
    '--clair-rv-accent-bg': p.accentBg,
    '--clair-rv-focus': p.focus,
    '--clair-rv-line-height': s.lh!,
    '--clair-rv-letter-spacing': s.ls!,
    '--clair-rv-word-spacing': s.ws!,
    '--clair-rv-paragraph-spacing': s.ps!,
    '--clair-rv-font': font(get, host.ownerDocument),
  };
  for (const [name, value] of Object.entries(values)) host.style.setProperty(name, value);
}
