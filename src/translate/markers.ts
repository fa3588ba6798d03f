/**
 * Many fragments in one request: each travels inside its own marker element, and the answer is
 * split on the markers again. A marker that does not come back exactly once means that fragment
 * was lost (APy drops the tail of long inputs without saying so), so it is reported as missing
 * rather than guessed. Splitting works on the raw string: nothing in the answer is parsed as DOM
 * here (sanitize.ts does that, inertly, per fragment).
 *
 * The marker is a paragraph, `<p i="3">…</p>`: a block element ends the sentence for the engine
 * (with an inline marker APy reads "Envoyer la demande" and the next fragment as one sentence and
 * conjugates across: "Enviar la pide"), and it is short (APy's cost grows with bytes). Fragments
 * never contain a <p>: they are inline runs.
 */
export function wrap(fragments: readonly string[]): string {
  return fragments.map((f, i) => `<p i="${i}">${f}</p>`).join('');
}

/** Bytes the marker adds around a fragment (for packing requests under a size limit). */
export const MARKER_OVERHEAD = '<p i="0000"></p>'.length;

/** One entry per fragment: its translation, or null when its marker is missing or repeated. */
export function split(answer: string, count: number): (string | null)[] {
  const found = new Map<number, string | null>();
  const pattern = /<p\s+i\s*=\s*["']?(\d+)["']?\s*>([\s\S]*?)<\/p\s*>/gi;
  for (const match of answer.matchAll(pattern)) {
    const index = Number(match[1]);
    if (index >= count) continue; // a marker we never sent
    found.set(index, found.has(index) ? null : (match[2] ?? ''));
  }
  return Array.from({ length: count }, (_, i) => found.get(i) ?? null);
}
