/**
 * Configuration: read once from the script tag's data-* attributes, `window.ClairConfig` or
 * `Clair.init(config)`, validated option by option into a frozen, typed object. A wrong value gets
 * one console warning naming the option, the value and what is accepted; the default is used.
 */
import { ensureContrastWithWhite, parseColour, toHex } from './colour.js';
import { UI_LANGUAGES, type UiLanguage } from './language.js';
import { warn } from './log.js';
import { parseShortcut, type Shortcut } from './shortcut.js';

export const POSITIONS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Position = (typeof POSITIONS)[number];

export interface ClairConfig {
  /** UI language, or 'auto' (page lang, then browser languages, then French). */
  readonly lang: UiLanguage | 'auto';
  readonly position: Position;
  /** Accent colour as #rrggbb, already adjusted to keep 4.5:1 with white. */
  readonly accent: string;
  /** 'auto': the launcher and panel live in the browser's top layer. A number: z-index instead. */
  readonly zIndex: number | 'auto';
  /** Feature ids offered in the panel; 'all' offers every feature. */
  readonly features: readonly string[] | 'all';
  /** Keyboard shortcut that opens the panel, or null when disabled. */
  readonly shortcut: Shortcut | null;
  /** Base URL of the dist/ folder (chunks, locales, fonts). */
  readonly assetsUrl: string;
  /** Translation engines and private selectors (validated by the translation module). */
  readonly translation: Readonly<Record<string, unknown>> | null;
  /** Plain-language glossary supplied by the site (validated by its feature). */
  readonly glossary: Readonly<Record<string, unknown>> | null;
}

/** What the site gives us: anything, from attributes (strings) or objects. */
export type ClairConfigInput = Partial<Record<keyof ClairConfig, unknown>>;

type Parsed<T> = { ok: true; value: T } | { ok: false };

interface OptionSpec<T> {
  readonly default: T;
  /** Shown in the warning: what values the option accepts. */
  readonly accepted: string;
  readonly parse: (raw: unknown) => Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = { ok: false } as const;

function oneOf<T extends string>(list: readonly T[]) {
  return (raw: unknown): Parsed<T> =>
    typeof raw === 'string' && (list as readonly string[]).includes(raw.trim()) ? ok(raw.trim() as T) : bad;
}

/** Objects may arrive as JSON in a data-* attribute. */
function plainObject(raw: unknown): Parsed<Readonly<Record<string, unknown>> | null> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return bad;
    }
  }
  if (value === null) return ok(null);
  return typeof value === 'object' && !Array.isArray(value) ? ok(value as Record<string, unknown>) : bad;
}

function parseAccent(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return bad;
  const rgb = parseColour(raw) ?? parseColour(resolveCssColour(raw));
  return rgb ? ok(toHex(rgb)) : bad;
}

/** Named and other CSS colours, resolved by the browser itself. */
function resolveCssColour(value: string): string {
  if (typeof CSS === 'undefined' || !CSS.supports('color', value)) return '';
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return '';
  ctx.fillStyle = '#000000';
  ctx.fillStyle = value;
  return String(ctx.fillStyle);
}

function parseZIndex(raw: unknown): Parsed<number | 'auto'> {
  if (raw === 'auto') return ok('auto');
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 2147483647 ? ok(n) : bad;
}

function parseUrl(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string' || raw.trim() === '') return bad;
  try {
    const url = new URL(raw, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad;
    return ok(url.href.endsWith('/') ? url.href : url.href + '/');
  } catch {
    return bad;
  }
}

function defaultAssetsUrl(): string {
  // dist/esm/index.js (or a chunk next to it) → dist/
  return new URL('../', import.meta.url).href;
}

function parseFeatures(raw: unknown): Parsed<readonly string[] | 'all'> {
  if (raw === 'all') return ok('all');
  const list = typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : raw;
  // Ids are checked against the registry when it loads (it is not part of the start-up bundle).
  if (!Array.isArray(list) || !list.every((id): id is string => typeof id === 'string')) return bad;
  return ok(Object.freeze([...list]));
}

function parseShortcutOption(raw: unknown): Parsed<Shortcut | null> {
  if (raw === null || raw === false || raw === 'none') return ok(null);
  if (typeof raw !== 'string') return bad;
  const shortcut = parseShortcut(raw);
  return shortcut ? ok(shortcut) : bad;
}

const SPECS: { readonly [K in keyof ClairConfig]: OptionSpec<ClairConfig[K]> } = {
  lang: { default: 'auto', accepted: ['auto', ...UI_LANGUAGES].join(', '), parse: oneOf(['auto', ...UI_LANGUAGES]) },
  position: { default: 'bottom-right', accepted: POSITIONS.join(', '), parse: oneOf(POSITIONS) },
  accent: { default: '#1d4ed8', accepted: 'a CSS colour such as "#1d4ed8" or "rgb(29 78 216)"', parse: parseAccent },
  zIndex: { default: 'auto', accepted: '"auto" or a whole number from 0 to 2147483647', parse: parseZIndex },
  features: {
    default: 'all',
    accepted: '"all" or a list of feature ids (see Clair.features())',
    parse: parseFeatures,
  },
  shortcut: {
    default: parseShortcut('Alt+Shift+A'),
    accepted: '"none" or modifiers plus a letter or digit, e.g. "Alt+Shift+A" (Alt or Ctrl required; browser and screen-reader keys refused)',
    parse: parseShortcutOption,
  },
  assetsUrl: { default: '', accepted: 'an http(s) URL of the folder holding clair.js', parse: parseUrl },
  translation: { default: null, accepted: 'an object (see README, "Translation")', parse: plainObject },
  glossary: { default: null, accepted: 'an object such as { "url": "/glossaire.json" }', parse: plainObject },
};

export const OPTION_NAMES = Object.keys(SPECS) as (keyof ClairConfig)[];


export function parseConfig(input: unknown): ClairConfig {
  const source: Record<string, unknown> =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  if (input !== undefined && source !== input) {
    warn('CLAIR_CONFIG', `configuration must be an object, got ${describe(input)}; using defaults.`);
  }
  for (const key of Object.keys(source)) {
    if (!(OPTION_NAMES as string[]).includes(key)) {
      warn('CLAIR_CONFIG', `unknown option "${key}" ignored. Known options: ${OPTION_NAMES.join(', ')}.`);
    }
  }
  const result: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    const spec = SPECS[name] as OptionSpec<unknown>;
    const raw = source[name];
    if (raw === undefined) {
      result[name] = spec.default;
      continue;
    }
    const parsed = spec.parse(raw);
    if (parsed.ok) {
      result[name] = parsed.value;
    } else {
      warn(
        'CLAIR_CONFIG',
        `option "${name}" has an invalid value ${describe(raw)}; accepted: ${spec.accepted}. Using the default.`,
      );
      result[name] = spec.default;
    }
  }
  result['accent'] = checkAccentContrast(result['accent'] as string);
  if (!result['assetsUrl']) result['assetsUrl'] = defaultAssetsUrl();
  return Object.freeze(result) as unknown as ClairConfig;
}

function checkAccentContrast(accent: string): string {
  const rgb = parseColour(accent);
  if (!rgb) return SPECS.accent.default;
  const adjusted = toHex(ensureContrastWithWhite(rgb));
  if (adjusted !== accent) {
    warn(
      'CLAIR_ACCENT',
      `accent colour ${accent} is too light for white text (needs 4.5:1); Clair uses ${adjusted} instead.`,
    );
  }
  return adjusted;
}

function describe(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
