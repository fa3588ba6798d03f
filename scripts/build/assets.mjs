/**
 * Copies static assets into dist/: fonts (woff2) and the notices that must travel with them.
 * Feature modules that need assets add a step here.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyFonts } from './fonts.mjs';

export function buildAssets(outDir) {
  return {
    name: 'clair-assets',
    async writeBundle() {
      await copyGlossaries(outDir);
      await copyFonts(outDir);
    },
  };
}

/**
 * Plain-language glossaries → dist/glossary/<lang>.json, minified (fetched by the feature when the
 * visitor turns it on: the data never weighs on a JavaScript chunk).
 */
async function copyGlossaries(outDir) {
  const from = path.resolve('src/features/plain-language/glossary');
  const to = path.join(outDir, 'glossary');
  await mkdir(to, { recursive: true });
  for (const file of (await readdir(from)).filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(f))) {
    const { $schema: _schema, ...data } = JSON.parse(await readFile(path.join(from, file), 'utf8'));
    await writeFile(path.join(to, file), JSON.stringify(data));
  }
}
