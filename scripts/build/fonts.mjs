/**
 * Readable fonts → dist/fonts/<name>/ (woff2 + licence notices), for the "font" reading style.
 * - Luciole (shared/fonts/luciole, TTF): converted to woff2 with wawoff2; conversions are cached in
 *   .cache/fonts keyed by the TTF's content hash, so rebuilds only copy.
 * - OpenDyslexic, Atkinson Hyperlegible, Lexend: the latin + latin-ext woff2 files (400/700, italic
 *   where the package has it) and LICENSE of the installed @fontsource packages.
 * File names must match src/features/font/font.styles.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import wawoff2 from 'wawoff2';

const LUCIOLE = path.resolve(process.env.CLAIR_SHARED ?? path.join('..', 'shared'), 'fonts', 'luciole');
const CACHE = path.resolve('.cache', 'fonts');
const FONTSOURCE = [
  { pkg: 'opendyslexic', dir: 'opendyslexic' },
  { pkg: 'atkinson-hyperlegible', dir: 'atkinson-hyperlegible' },
  { pkg: 'lexend', dir: 'lexend' },
];
const WANTED = /-latin(-ext)?-(400|700)-(normal|italic)\.woff2$/;

export async function copyFonts(outDir) {
  await Promise.all([luciole(path.join(outDir, 'fonts', 'luciole')), ...FONTSOURCE.map((f) => fontsource(f, path.join(outDir, 'fonts', f.dir)))]);
}

async function luciole(to) {
  if (!existsSync(LUCIOLE)) {
    console.warn(`[fonts] ${LUCIOLE} not found: the Luciole font is not in this build.`);
    return;
  }
  await mkdir(to, { recursive: true });
  await mkdir(CACHE, { recursive: true });
  for (const file of await readdir(LUCIOLE)) {
    const from = path.join(LUCIOLE, file);
    if (/\.(txt|md)$/i.test(file)) await copyFile(from, path.join(to, file));
    if (!file.endsWith('.ttf')) continue;
    const ttf = await readFile(from);
    const hash = createHash('sha256').update(ttf).digest('hex').slice(0, 16);
    const cached = path.join(CACHE, `${path.basename(file, '.ttf')}-${hash}.woff2`);
    if (!existsSync(cached)) await writeFile(cached, await wawoff2.compress(ttf));
    await copyFile(cached, path.join(to, file.replace(/\.ttf$/, '.woff2')));
  }
}

async function fontsource({ pkg }, to) {
  const root = path.resolve('node_modules', '@fontsource', pkg);
  await mkdir(to, { recursive: true });
  await copyFile(path.join(root, 'LICENSE'), path.join(to, 'LICENSE'));
  for (const file of (await readdir(path.join(root, 'files'))).filter((f) => WANTED.test(f))) {
    await copyFile(path.join(root, 'files', file), path.join(to, file));
  }
}
