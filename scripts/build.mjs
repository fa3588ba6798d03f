/**
 * `npm run build`: cleans the output folder, bundles with rollup (rollup.config.mjs) and writes the
 * TypeScript declarations for the npm entry. Output folder: dist/, or $CLAIR_DIST (so several
 * builds can run side by side on one machine).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.env.CLAIR_DIST ?? 'dist');
rmSync(out, { recursive: true, force: true });
const bin = (name) => path.resolve('node_modules', '.bin', name);
execFileSync(bin('rollup'), ['-c', '--silent'], { stdio: 'inherit', env: { ...process.env, CLAIR_DIST: out } });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly', '--outDir', path.join(out, 'types')], { stdio: 'inherit' });
