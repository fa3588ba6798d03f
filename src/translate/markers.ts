/**
 * Many fragments in one request: each travels inside its own marker element, and the answer is
 * split on the markers again. A marker that does not come back exactly once means that fragment
 * was lost (APy drops the tail of long inputs without saying so), so it is reported as missing
 * rather than guessed. Splitting works on the raw string: nothing in the answer is parsed as DOM
 * here (sanitize.ts does that, inertly, per fragment). A <br> between markers ends the sentence
 * for the engine: without it APy reads "Envoyer la demande" + the next fragment as one sentence
 * and conjugates across the boundary ("Enviar la pide").
 */
const MARKER = 'x-seg';
const SEPARATOR = '<br>';

export function wrap(fragments: readonly string[]): string {
  return fragments.map((f, i) => `<${MARKER} i="${i}">${f}</${MARKER}>`).join(SEPARATOR);
}

/** Characters the markers add around a fragment (for packing requests under a size limit). */
export const MARKER_OVERHEAD = `<${MARKER} i="0000"></${MARKER}>${SEPARATOR}`.length;

/** One entry per fragment: its translation, or null when its marker is missing or repeated. */
export function split(answer: string, count: number): (string | null)[] {
  const found = new Map<number, string | null>();
  const pattern = new RegExp(`<${MARKER}\\s+i\\s*=\\s*["']?(\\d+)["']?\\s*>([\\s\\S]*?)</${MARKER}\\s*>`, 'gi');
  for (const match of answer.matchAll(pattern)) {
    const index = Number(match[1]);
    if (index >= count) continue; // a marker we never sent
    found.set(index, found.has(index) ? null : (match[2] ?? ''));
  }
  return Array.from({ length: count }, (_, i) => found.get(i) ?? null);
}
