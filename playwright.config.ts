import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * Debian's Chromium when present (or $CLAIR_CHROMIUM), Playwright's own browser otherwise.
 * The flags keep Chromium off the network: this project's machines have none.
 */
const systemChromium = [process.env.CLAIR_CHROMIUM, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const PORT = Number(process.env.CLAIR_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${PORT}`,
  // Generous: 2-core CI machines run two browsers at once; a passing test is not slowed by it.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Two browsers at least (Playwright's default, half the cores, is one on a 2-core machine).
  workers: Number(process.env.CLAIR_WORKERS) || Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: [['list'], ['./tests/helpers/summary-reporter.ts']],
  globalSetup: './tests/helpers/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/dist/clair.js`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
