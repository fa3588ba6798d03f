/** Fails early with a clear message when the build is missing (npm test builds first). */
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  const dist = process.env.CLAIR_DIST ?? 'dist';
  if (!existsSync(`${dist}/clair.js`)) throw new Error('dist/ is missing: run `npm run build` (npm test does it for you).');
}
