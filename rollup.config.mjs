/**
 * Two builds from one config:
 * 1. dist/esm/ — ES modules with code splitting: index.js (start-up: config, preferences, launcher)
 *    and lazy chunks (panel, each feature, translation...). Also the npm entry.
 * 2. dist/clair.js — the classic-script loader a site adds with one tag; it imports dist/esm/index.js.
 * Locales, fonts and notices are copied next to them so the whole dist/ can be hosted anywhere.
 */
import path from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { launcherStrings, mergeLocales } from './scripts/build/locales.mjs';
import { buildAssets } from './scripts/build/assets.mjs';

const production = process.env.CLAIR_DEV !== '1';
/** $CLAIR_DIST lets several builds (and test runs) live side by side; dist/ by default. */
const out = process.env.CLAIR_DIST ?? 'dist';
const ts = () =>
  esbuild({
    target: 'es2021',
    minify: production,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
  });

/** @param {import('rollup').PreRenderedChunk} chunk */
const chunkName = (chunk) =>
  chunk.name === 'index' && chunk.facadeModuleId ? path.basename(path.dirname(chunk.facadeModuleId)) : chunk.name;

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: { index: 'src/index.ts' },
    output: {
      dir: `${out}/esm`,
      format: 'es',
      entryFileNames: '[name].js',
      // Flat folder: import.meta.url based URLs ('../locales/') work from every chunk.
      // An `index.ts` chunk takes its folder's name (ui/panel/index.ts -> panel-[hash].js).
      chunkFileNames: (chunk) => `${chunkName(chunk)}-[hash].js`,
      sourcemap: true,
    },
    // CommonJS only for the dependencies that ship no ES module (Readability, for the reading view).
    plugins: [launcherStrings(), nodeResolve({ browser: true }), commonjs({ include: /node_modules\/@mozilla\/readability\// }), ts(), mergeLocales(out), buildAssets(out)],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
  {
    input: 'src/loader.ts',
    output: { file: `${out}/clair.js`, format: 'iife', sourcemap: true },
    plugins: [ts()],
  },
];
