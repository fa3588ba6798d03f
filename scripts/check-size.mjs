/** Fails when a bundle grows past its pinned budget in size-budget.json. */
import { readFileSync } from 'node:fs';
import { measure } from './size.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const m = measure();
const rows = [
  ['startup (loader + entry + static imports)', m.startup.gzip, budget.startup],
  ['stored-preference chunk', m.storedPreferences.gzip, budget.storedPreferences],
  ['panel chunk (with its own dependencies)', m.panel.gzip, budget.panel],
  ...m.chunks.map((c) => [`chunk ${c.file}`, c.gzip, budget.anyFeatureChunk]),
];
let failed = false;
for (const [name, size, limit] of rows) {
  const over = size > limit;
  failed ||= over;
  if (over || !name.startsWith('chunk ')) console.log(`${over ? 'OVER ' : 'ok   '} ${name}: ${size} B gzip (budget ${limit})`);
}
if (failed) {
  console.error('\nA size budget is exceeded. Make the code smaller, or raise the number in size-budget.json on purpose, saying why in the commit.');
  process.exit(1);
}
