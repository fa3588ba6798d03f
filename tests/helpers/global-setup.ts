/**
 * Fails early with a clear message when the build is missing (npm test builds first), and starts
 * the real Apertium APy server for the translation specs (loopback only); the function it returns
 * is Playwright's global teardown, which stops APy.
 */
import { existsSync } from 'node:fs';
import { startApyForRun } from './apy';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = process.env.CLAIR_DIST ?? 'dist';
  if (!existsSync(`${dist}/clair.js`)) throw new Error('dist/ is missing: run `npm run build` (npm test does it for you).');
  return startApyForRun();
}
