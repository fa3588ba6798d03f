/**
 * The registry: every setting Clair knows (core settings and feature modules), in panel order.
 * Feature modules register in `src/features/index.ts`; this file never needs editing for a new one.
 */
import { CORE_SETTINGS } from './core-settings.js';
import { isSection, type FeatureDefinition, type RegistryEntry, type SectionDefinition } from './feature.js';
import { warn } from './log.js';
import { isValidValue, type SettingDefinition, type SettingValue } from './settings.js';

/** What `Clair.features()` returns: the registry as plain, serialisable data. */
export interface FeatureInfo {
  readonly id: string;
  readonly group: string;
  readonly type: SettingDefinition['type'];
  readonly default: SettingValue;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly persist: boolean;
}

function settingsById(entries: readonly RegistryEntry[]): Map<string, FeatureDefinition> {
  return new Map(entries.filter((e): e is FeatureDefinition => !isSection(e)).map((e) => [e.id, e]));
}

export class Registry {
  /** Settings offered on this page, by id. */
  readonly settings: ReadonlyMap<string, FeatureDefinition>;
  readonly sections: readonly SectionDefinition[];
  /** Entries in panel order, as offered by the site's configuration. */
  readonly entries: readonly RegistryEntry[];
  /**
   * Every setting Clair knows, offered here or not: stored preferences of a feature another page
   * of the site offers are kept, not dropped.
   */
  private readonly known: ReadonlyMap<string, FeatureDefinition>;

  constructor(features: readonly RegistryEntry[], offered: readonly string[] | 'all') {
    if (offered !== 'all') {
      const unknown = offered.filter((id) => !features.some((f) => f.id === id));
      if (unknown.length > 0) {
        warn(
          'CLAIR_CONFIG',
          `option "features" names unknown features ${JSON.stringify(unknown)}; accepted: ${features.map((f) => f.id).join(', ')}. They are ignored.`,
        );
      }
    }
    const isOffered = (e: RegistryEntry) => offered === 'all' || offered.includes(e.id);
    const all = [...features, ...CORE_SETTINGS];
    this.entries = all.filter((e) => isOffered(e) || CORE_SETTINGS.some((c) => c.id === e.id));
    this.sections = this.entries.filter(isSection);
    this.settings = settingsById(this.entries);
    this.known = settingsById(all);
  }

  get(id: string): FeatureDefinition | undefined {
    return this.settings.get(id);
  }

  validate(id: string, value: unknown): 'ok' | 'unknown' | 'invalid' {
    const def = this.known.get(id);
    if (!def) return 'unknown';
    return isValidValue(def, value) ? 'ok' : 'invalid';
  }

  info(): FeatureInfo[] {
    return [...this.settings.values()].map((d) => ({
      id: d.id,
      group: d.group,
      type: d.type,
      default: d.default,
      persist: d.persist !== false,
      ...(d.type === 'choice' ? { choices: [...d.choices] } : {}),
      ...(d.type === 'range' ? { min: d.min, max: d.max, step: d.step } : {}),
    }));
  }
}
