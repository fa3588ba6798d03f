/**
 * `npm run bench`: a benchmark, not a test. Prints sizes, start-up costs and, through the sections
 * in bench/*.bench.mjs, each area's figures next to the browser's own limits.
 * Each section exports `default async function (ctx)` and prints its own table.
 *   ctx = { browser, baseURL, corpus: [{ id, url }], generatedUrl, lib }
 * Run one section: `npm run bench -- reading` (matches the file name).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as lib from './lib.mjs';
import { writeGenerated } from './generate.mjs';

const PORT = Number(process.env.CLAIR_BENCH_PORT ?? 4183);
const baseURL = `http://127.0.0.1:${PORT}`;
const only = process.argv[2];

async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('Clair server') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return server;
}

function corpusPages() {
  const dir = process.env.CLAIR_CORPUS ?? path.join('..', 'shared', 'corpus');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return manifest.pages.map((p) => ({ id: p.id, url: `${baseURL}/corpus/${p.id}/index.html?clair`, bytes: p.bytes }));
}

const systemChromium = [process.env.CLAIR_CHROMIUM, '/usr/bin/chromium'].find((p) => p && existsSync(p));

const count = writeGenerated();
const server = await startServer();
const browser = await chromium.launch({
  executablePath: systemChromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--enable-precise-memory-info'],
});
const ctx = { browser, baseURL, corpus: corpusPages(), generatedUrl: `${baseURL}/bench/pages/generated.html`, generatedCount: count, lib };
try {
  const sections = readdirSync('bench')
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()
    .filter((f) => !only || f.includes(only));
  for (const file of sections) {
    const started = Date.now();
    console.log(`\n=== ${file.replace('.bench.mjs', '')} ===`);
    try {
      const section = await import(path.resolve('bench', file));
      await section.default(ctx);
    } catch (error) {
      console.log(`section failed: ${error?.stack ?? error}`);
      process.exitCode = 1;
    }
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  server.kill();
}
