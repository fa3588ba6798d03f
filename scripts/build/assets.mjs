/**
 * Copies static assets into dist/: fonts (woff2) and the notices that must travel with them.
 * Feature modules that need assets add a step here.
 */
import { copyFonts } from './fonts.mjs';

export function buildAssets(outDir) {
  return {
    name: 'clair-assets',
    async writeBundle() {
      await copyFonts(outDir);
    },
  };
}
