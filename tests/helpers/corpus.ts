/**
 * The real pages nobody here wrote, in ../shared/corpus (or CLAIR_CORPUS), as its manifest lists
 * them: tests loop over them so a page added to the corpus is checked too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface CorpusPage {
  id: string;
  bytes: number;
  axeBaseline: { violations: Record<string, number> };
}

export function corpusPages(): CorpusPage[] {
  const dir = process.env.CLAIR_CORPUS ?? path.join('..', 'shared', 'corpus');
  return (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { pages: CorpusPage[] }).pages;
}

/** The page served by scripts/serve.mjs, with Clair on it. */
export const corpusUrl = (id: string) => `/corpus/${id}/index.html?clair`;
