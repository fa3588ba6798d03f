/**
 * Starts Apertium APy on 127.0.0.1 only (see apy_loopback.py), for the tests, the benchmark and
 * the demo. APy runs in its own process group so one signal stops it and its ~10 pipeline
 * processes per language pair; it also stops by itself if this process dies (its stdin closes).
 *
 *   const apy = await startApy();          // a free port
 *   apy.url  → "http://127.0.0.1:40123/"
 *   await apy.stop();
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const APY_PYTHON = process.env.CLAIR_APY_PYTHON ?? '/usr/bin/python3';
export const APY_MODES = process.env.CLAIR_APY_MODES ?? '/usr/share/apertium/modes';

/** Why APy cannot start here, or null when it is installed. */
export function apyMissing() {
  if (!existsSync(APY_PYTHON)) return `${APY_PYTHON} not found`;
  if (!existsSync('/usr/lib/python3/dist-packages/apertium_apy/apy.py') && !process.env.CLAIR_APY_PYTHON) {
    return 'the apertium-apy package is not installed';
  }
  if (!existsSync(path.join(APY_MODES, 'fr-es.mode'))) return `no fr→es pair in ${APY_MODES} (install apertium-fr-es)`;
  return null;
}

/**
 * @param {{ port?: number, timeout?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ port: number, url: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startApy({ port = 0, timeout = 30, log = () => {} } = {}) {
  const missing = apyMissing();
  if (missing) {
    throw new Error(`Apertium APy is not available: ${missing}. Install it with: apt-get install -y apertium-apy apertium-fr-es apertium-eng-spa`);
  }
  const child = spawn(APY_PYTHON, [path.join(here, 'apy_loopback.py'), '-p', String(port), '-t', String(timeout), APY_MODES], {
    detached: true, // own process group: stop() kills APy and its pipelines together
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, CLAIR_APY_WATCH_STDIN: '1', LC_ALL: 'C.UTF-8' },
  });
  let output = '';
  const bound = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`APy did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk) => {
      const text = String(chunk);
      output += text;
      text.split('\n').filter(Boolean).forEach(log);
      const m = /APY_LISTENING (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`APy exited (${code}) before listening:\n${output}`));
    });
  });
  child.unref();
  const url = `http://127.0.0.1:${bound}/`;
  await waitForPairs(url);
  let stopped;
  const stop = () =>
    (stopped ??= new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 3_000);
      child.once('exit', () => {
        clearTimeout(timer);
        // The pipelines are in the same group: make sure none outlives APy.
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* group already empty */
        }
        resolve();
      });
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    }));
  return { port: bound, url, pid: child.pid, stop };
}

async function waitForPairs(url) {
  const deadline = Date.now() + 20_000;
  let last;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}listPairs`);
      if (res.ok) {
        const data = await res.json();
        if (Array.isArray(data.responseData) && data.responseData.length > 0) return;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`APy at ${url} did not answer /listPairs: ${last}`);
}

/** Spawns the fr→es pipeline once so later timings are warm (first request per pair ~0.4–5 s). */
export async function warmApy(url, pairs = ['fra|spa']) {
  for (const langpair of pairs) {
    await fetch(`${url}translate`, {
      method: 'POST',
      body: new URLSearchParams({ langpair, q: 'Bonjour.', markUnknown: 'no' }),
    });
  }
}
