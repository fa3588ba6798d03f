#!/usr/bin/env node
/**
 * Runs a command with Apertium APy listening on 127.0.0.1, and stops APy when the command ends.
 *   node scripts/apy/with-apy.mjs [--port 2737] [--optional] -- node scripts/serve.mjs --open demo
 * Without a command, runs APy until Ctrl+C. The demo's pages point at http://127.0.0.1:2737/.
 * --optional: when APy is not installed, say so and run the command anyway (the demo then shows
 * its "translation server unreachable" message, which is also worth seeing).
 */
import { spawn } from 'node:child_process';
import { apyMissing, startApy, warmApy } from './apy.mjs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash >= 0 ? args.slice(0, dash) : args;
const command = dash >= 0 ? args.slice(dash + 1) : [];
const portArg = own.indexOf('--port');
const port = portArg >= 0 ? Number(own[portArg + 1]) : 2737;

const missing = apyMissing();
if (missing && own.includes('--optional')) {
  console.warn(`Translation: Apertium APy is not available (${missing}); the demo runs without it.\n  To try translation: apt-get install -y apertium-apy apertium-fr-es apertium-eng-spa`);
}
const apy = missing && own.includes('--optional') ? { url: null, pid: null, stop: async () => {} } : await startApy({ port });
if (apy.url) {
  console.log(`Apertium APy on ${apy.url} (loopback only, pid ${apy.pid})`);
  void warmApy(apy.url).catch(() => {});
}

const stop = async (code) => {
  await apy.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));

if (command.length > 0) {
  const [cmd, ...rest] = command;
  const child = spawn(cmd, rest, { stdio: 'inherit' });
  child.on('exit', (code) => void stop(code ?? 1));
}
