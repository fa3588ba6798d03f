/**
 * Small facts about engines kept on the device for a day (which languages an engine offers), so a
 * returning visitor's page translates from the cache without asking the engine anything.
 */
const PREFIX = 'clair:translate:';
const DAY = 24 * 60 * 60 * 1000;

export async function remembered<T>(key: string, fetch: () => Promise<T>, maxAge = DAY): Promise<T> {
  const storageKey = PREFIX + key;
  try {
    const raw = localStorage.getItem(storageKey);
    if (raw) {
      const entry = JSON.parse(raw) as { t?: unknown; v?: unknown };
      if (typeof entry.t === 'number' && Date.now() - entry.t < maxAge && entry.v !== undefined) return entry.v as T;
    }
  } catch {
    /* storage blocked or corrupt: ask again */
  }
  const value = await fetch();
  try {
    localStorage.setItem(storageKey, JSON.stringify({ t: Date.now(), v: value }));
  } catch {
    /* storage full or blocked: fine, we ask next time */
  }
  return value;
}
