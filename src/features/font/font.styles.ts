/**
 * The readable fonts: files in dist/fonts/<dir>/ (copied by scripts/build/assets.mjs). The
 * @font-face rules are in the page only while the feature is on, and browsers fetch a face only
 * when text is drawn with it, so only the chosen font is downloaded.
 */
import { ICON_SELECTOR } from '../read-common/icons.js';

export const MEASURE_ATTR = 'data-clair-font-measure';

interface Face {
  readonly file: string;
  readonly weight: 400 | 700;
  readonly italic: boolean;
  readonly range?: string;
}

interface ReadableFont {
  readonly family: string;
  readonly dir: string;
  readonly faces: readonly Face[];
}

// unicode-range values from the @fontsource packages (latin, latin-ext subsets).
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Faces of a @fontsource package: <name>-<subset>-<weight>-<style>.woff2. */
function fontsource(name: string, italics: boolean, ext: boolean): Face[] {
  const faces: Face[] = [];
  for (const [subset, range] of ext ? [['latin', LATIN], ['latin-ext', LATIN_EXT]] : [['latin', LATIN]]) {
    for (const weight of [400, 700] as const) {
      for (const italic of italics ? [false, true] : [false]) {
        faces.push({ file: `${name}-${subset}-${weight}-${italic ? 'italic' : 'normal'}.woff2`, weight, italic, range });
      }
    }
  }
  return faces;
}

export const FONTS: Readonly<Record<string, ReadableFont>> = {
  luciole: {
    family: 'Clair Luciole',
    dir: 'luciole',
    faces: [
      { file: 'Luciole-Regular.woff2', weight: 400, italic: false },
      { file: 'Luciole-Regular-Italic.woff2', weight: 400, italic: true },
      { file: 'Luciole-Bold.woff2', weight: 700, italic: false },
      { file: 'Luciole-Bold-Italic.woff2', weight: 700, italic: true },
    ],
  },
  opendyslexic: { family: 'Clair OpenDyslexic', dir: 'opendyslexic', faces: fontsource('opendyslexic', true, false) },
  atkinson: { family: 'Clair Atkinson Hyperlegible', dir: 'atkinson-hyperlegible', faces: fontsource('atkinson-hyperlegible', true, true) },
  lexend: { family: 'Clair Lexend', dir: 'lexend', faces: fontsource('lexend', false, true) },
};

/** Code keeps its monospace font; icons keep theirs; Clair's UI has its own. */
const TARGET = `:not([data-clair-ui], [${MEASURE_ATTR}], ${ICON_SELECTOR}, svg *, math *, pre, pre *, code, code *, kbd, samp)`;

/**
 * The @font-face rules of every readable font. They stay the same while the feature is on, so
 * swapping fonts changes only the family rule: the browser keeps its font cache and the faces it
 * loaded. A face is fetched only when text is drawn with it, so listing all four downloads nothing.
 */
export function facesCss(assets: URL): string {
  return Object.values(FONTS)
    .flatMap((font) =>
      font.faces.map((f) => {
        const url = new URL(`fonts/${font.dir}/${f.file}`, assets).href;
        return `@font-face{font-family:"${font.family}";src:url("${url}") format("woff2");font-weight:${f.weight};font-style:${f.italic ? 'italic' : 'normal'};font-display:swap${f.range ? `;unicode-range:${f.range}` : ''}}`;
      }),
    )
    .join('\n');
}

/** The one rule that draws the page's text with the chosen font. */
export function familyCss(font: ReadableFont): string {
  return `${TARGET}{font-family:"${font.family}",sans-serif!important}`;
}
