/**
 * The visitor's preferences, in this browser only: one versioned localStorage key. Everything read
 * back is validated; what cannot be used is dropped with a warning. When storage is unavailable
 * (blocked cookies, sandboxed iframe, quota) Clair keeps the values in memory for this page.
 */
import { warn } from './log.js';
import type { SettingValue } from './settings.js';

export const STORAGE_KEY = 'clair:prefs';
export const SCHEMA_VERSION = 1;

export type Values = Record<string, SettingValue>;

/** Says whether a stored value can be used: 'ok', 'unknown' key, or 'invalid' value. */
export type Validator = (id: string, value: unknown) => 'ok' | 'unknown' | 'invalid';

interface StoredV1 {
  v: 1;
  values: Values;
}

/**
 * Migrations from older schemas, keyed by the version they read. Version 0 was the flat object
 * `{ "textSize": 150, ... }` with no version field (pre-release builds).
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  0: (flat) => ({ v: 1, values: flat }),
};

export class PreferenceStore {
  private storage: Storage | null;
  private memory: Values = {};

  constructor(
    private readonly validate: Validator,
    storage: () => Storage | null = () => window.localStorage,
  ) {
    this.storage = probe(storage);
  }

  /** True when preferences only live in memory for this page. */
  get inMemoryOnly(): boolean {
    return this.storage === null;
  }

  load(): Values {
    if (!this.storage) return { ...this.memory };
    let text: string | null;
    try {
      text = this.storage.getItem(STORAGE_KEY);
    } catch {
      return { ...this.memory };
    }
    return text === null ? {} : this.parse(text);
  }

  save(values: Values): void {
    this.memory = { ...values };
    if (!this.storage) return;
    try {
      if (Object.keys(values).length === 0) this.storage.removeItem(STORAGE_KEY);
      else this.storage.setItem(STORAGE_KEY, JSON.stringify({ v: SCHEMA_VERSION, values } satisfies StoredV1));
    } catch (error) {
      warn('CLAIR_STORAGE', 'preferences could not be saved (storage full or blocked); they will last for this page only.', error);
      this.storage = null;
    }
  }

  /** Calls back with fresh values when another tab of the site changes them. */
  watch(onChange: (values: Values) => void, signal: AbortSignal): void {
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key !== STORAGE_KEY || event.storageArea !== this.storage) return;
        onChange(event.newValue === null ? {} : this.parse(event.newValue));
      },
      { signal },
    );
  }

  private parse(text: string): Values {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      warn('CLAIR_PREFS', 'stored preferences were not valid JSON and have been reset.');
      this.safeRemove();
      return {};
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      warn('CLAIR_PREFS', 'stored preferences had an unexpected shape and have been reset.');
      this.safeRemove();
      return {};
    }
    let record = data as Record<string, unknown>;
    let version = typeof record['v'] === 'number' ? record['v'] : 0;
    let migrated = false;
    if (version > SCHEMA_VERSION) {
      warn('CLAIR_PREFS', `stored preferences come from a newer Clair (schema ${version}); they are ignored on this page.`);
      return {};
    }
    while (version < SCHEMA_VERSION) {
      const migrate = MIGRATIONS[version];
      if (!migrate) {
        warn('CLAIR_PREFS', `stored preferences use an unknown schema (${String(record['v'])}) and have been reset.`);
        this.safeRemove();
        return {};
      }
      record = migrate(record);
      version = record['v'] as number;
      warn('CLAIR_PREFS', `stored preferences were migrated to schema ${version}.`);
      migrated = true;
    }
    const values = this.clean(record['values']);
    if (migrated) this.save(values);
    return values;
  }

  private clean(raw: unknown): Values {
    const values: Values = {};
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return values;
    const dropped: string[] = [];
    for (const [id, value] of Object.entries(raw)) {
      const verdict = this.validate(id, value);
      if (verdict === 'ok') values[id] = value as SettingValue;
      else dropped.push(`${id} (${verdict === 'unknown' ? 'unknown setting' : `invalid value ${JSON.stringify(value)}`})`);
    }
    if (dropped.length > 0) {
      warn('CLAIR_PREFS', `stored preferences dropped: ${dropped.join(', ')}.`);
      this.save(values);
    }
    return values;
  }

  private safeRemove(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      /* storage became unavailable: memory only from now on */
    }
  }
}

/** localStorage can throw on access (sandboxed iframes, blocked cookies) or on write (quota). */
function probe(get: () => Storage | null): Storage | null {
  try {
    const storage = get();
    if (!storage) throw new Error('no localStorage');
    const key = `${STORAGE_KEY}:probe`;
    storage.setItem(key, '1');
    storage.removeItem(key);
    return storage;
  } catch {
    warn('CLAIR_STORAGE', 'browser storage is unavailable: preferences will last for this page only.');
    return null;
  }
}
