#!/usr/bin/env node
/**
 * A small static server for the demo, the tests and the benchmark. Loopback only.
 *   node scripts/serve.mjs [--port 4173] [--open demo]
 * - serves the repository root (so /dist/ and /demo/ are reachable); /dist/ is $CLAIR_DIST if set;
 * - serves ../shared/corpus/ (or $CLAIR_CORPUS) at /corpus/;
 * - `?clair` on a corpus page injects Clair's tag before </body>, as a site would embed it;
 * - pages whose path contains "csp-strict" get a strict Content-Security-Policy header.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.CLAIR_DIST ?? path.join(root, 'dist'));
const corpus = path.resolve(process.env.CLAIR_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(arg('--port', process.env.PORT ?? '4173'));
const open = arg('--open', '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
const TAG = '<script src="/dist/clair.js" defer></script>';

function resolve(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const [base, rel] = decoded.startsWith('/corpus/')
    ? [corpus, decoded.slice('/corpus/'.length)]
    : decoded.startsWith('/dist/')
      ? [dist, decoded.slice('/dist/'.length)]
      : [root, decoded.slice(1)];
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return path.join(file, 'index.html');
  return file;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolve(url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (url.pathname.includes('csp-strict')) headers['content-security-policy'] = CSP;
    // Like a CDN: Clair's ES modules, locales and fonts are loaded cross-origin with CORS.
    if (url.pathname.startsWith('/dist/')) headers['access-control-allow-origin'] = '*';
    if (type.startsWith('text/html') && url.searchParams.has('clair')) {
      const html = await readFile(file, 'utf8');
      const injected = html.includes('</body>') ? html.replace(/<\/body>/i, `${TAG}</body>`) : html + TAG;
      res.writeHead(200, headers).end(injected);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  const where = `http://127.0.0.1:${port}/${open ? `${open}/` : ''}`;
  console.log(`Clair server on ${where}`);
});
