/**
 * Translations kept on the device, per engine, language pair and fragment (hash + length), so a
 * repeat visit or a back-navigation needs no request. IndexedDB: asynchronous, off the main
 * thread's way, and large enough for whole sites. Falls back to memory when the browser refuses
 * storage. The oldest entries go first past MAX_ENTRIES.
 */
import type { LanguagePair } from './engine.js';
import { hash53 } from './hash.js';

const DB_NAME = 'clair-translate';
const STORE = 'segments';
const MAX_ENTRIES = 20_000;

interface Entry {
  v: string;
  t: number;
}

export function cacheKey(engineId: string, pair: LanguagePair, fragment: string): string {
  return `${engineId}|${pair.source}|${pair.target}|${hash53(fragment)}.${fragment.length}`;
}

/**
 * Which engine + pair combinations have anything cached, in localStorage (read synchronously), so a
 * first translation does not wait for IndexedDB to open (creating it can take ~100 ms) to learn
 * that it holds nothing.
 */
const INDEX_KEY = 'clair:translate:cached';
const indexKey = (engineId: string, pair: LanguagePair) => `${engineId}|${pair.source}|${pair.target}`;

function readIndex(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function mayHaveEntries(engineId: string, pair: LanguagePair): boolean {
  return readIndex().includes(indexKey(engineId, pair));
}

export function noteEntries(engineId: string, pair: LanguagePair): void {
  const key = indexKey(engineId, pair);
  const list = readIndex();
  if (list.includes(key)) return;
  try {
    localStorage.setItem(INDEX_KEY, JSON.stringify([...list, key].slice(-200)));
  } catch {
    /* storage blocked: the cache is simply looked up less */
  }
}

export interface TranslationCache {
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  putMany(entries: readonly (readonly [string, string])[]): Promise<void>;
}

let opening: Promise<TranslationCache> | undefined;

export function openCache(): Promise<TranslationCache> {
  opening ??= openDb().then(
    (db) => idbCache(db),
    () => memoryCache(),
  );
  return opening;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE).createIndex('t', 't');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function idbCache(db: IDBDatabase): TranslationCache {
  let writes = 0;
  return {
    async getMany(keys) {
      if (keys.length === 0) return [];
      try {
        const tx = db.transaction(STORE, 'readonly');
        const store = tx.objectStore(STORE);
        const requests = keys.map((k) => store.get(k) as IDBRequest<Entry | undefined>);
        await done(tx);
        return requests.map((r) => (typeof r.result?.v === 'string' ? r.result.v : undefined));
      } catch {
        return keys.map(() => undefined);
      }
    },
    async putMany(entries) {
      if (entries.length === 0) return;
      try {
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const t = Date.now();
        for (const [k, v] of entries) store.put({ v, t } satisfies Entry, k);
        await done(tx);
        writes += entries.length;
        if (writes >= 500) {
          writes = 0;
          await prune(db);
        }
      } catch {
        /* quota or blocked storage: the translation simply is not remembered */
      }
    },
  };
}

async function prune(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const count = store.count();
  count.onsuccess = () => {
    let excess = count.result - MAX_ENTRIES;
    if (excess <= 0) return;
    excess += Math.floor(MAX_ENTRIES / 10);
    const cursor = store.index('t').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || excess-- <= 0) return;
      c.delete();
      c.continue();
    };
  };
  await done(tx);
}

function memoryCache(): TranslationCache {
  const map = new Map<string, string>();
  return {
    getMany: (keys) => Promise.resolve(keys.map((k) => map.get(k))),
    putMany: (entries) => {
      for (const [k, v] of entries) map.set(k, v);
      return Promise.resolve();
    },
  };
}
