/**
 * Sizes of Clair's bundles, shared by the size check and the benchmark.
 * "startup" is everything a visitor downloads before touching Clair: the loader (dist/clair.js),
 * the ES entry and its static imports. "storedPreferences" is the chunk that reads, validates and
 * applies stored preferences (loaded in parallel with the launcher).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function gz(file) {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

/** Static imports of an ES module file (relative specifiers only). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/export\s*[\w*{}\s,$]*from\s*["'](\.\/[^"']+)["']/g)) found.add(m[1]);
  return [...found].map((s) => path.join(path.dirname(file), s));
}

export function closure(entry) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

export function measure(dist = process.env.CLAIR_DIST ?? 'dist') {
  const esm = path.join(dist, 'esm');
  const chunks = readdirSync(esm).filter((f) => f.endsWith('.js')).map((f) => path.join(esm, f));
  const sum = (files) => files.map(gz).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const startupFiles = [path.join(dist, 'clair.js'), ...closure(path.join(esm, 'index.js'))];
  const find = (prefix) => {
    const found = chunks.find((c) => path.basename(c).startsWith(`${prefix}-`));
    if (!found) throw new Error(`size: no ${prefix}-*.js chunk in ${esm} (renamed? the budget would measure nothing)`);
    return found;
  };
  const runtimeChunk = find('boot-runtime');
  const panelChunk = find('panel');
  const withDeps = (file) => (file ? closure(file).filter((f) => !startupFiles.includes(f)) : []);
  return {
    loader: gz(path.join(dist, 'clair.js')),
    startup: sum(startupFiles),
    startupFiles,
    storedPreferences: sum(withDeps(runtimeChunk)),
    panel: sum(withDeps(panelChunk)),
    chunks: chunks.map((c) => ({ file: path.basename(c), ...gz(c) })),
  };
}
