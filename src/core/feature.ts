/**
 * The contract between Clair's core and a feature module. A feature folder exports one
 * `FeatureDefinition` (data, small, part of the start-up bundle) whose `load()` imports the code
 * that changes the page (a lazy chunk, fetched only when the visitor turns the feature on).
 */
import type { ClairConfig } from './config.js';
import type { HostStyles } from './host-styles.js';
import type { SettingDefinition, SettingValue } from './settings.js';

export interface FeatureContext {
  readonly doc: Document;
  /** The one way features change the host's styles: owned, adopted stylesheets. */
  readonly styles: HostStyles;
  /** Base URL of Clair's `dist/` folder (chunks, locales, fonts). */
  readonly assets: URL;
  readonly config: ClairConfig;
  /** Current value of any setting (for features that combine with others). */
  get(id: string): SettingValue | undefined;
  /** Changes a setting as if the visitor did (used by modes that close themselves). */
  set(id: string, value: SettingValue): void;
  /** Aborted when the feature is reverted: pass it to listeners and observers. */
  readonly signal: AbortSignal;
  /** Whether a node belongs to Clair's own UI (never adapt it). */
  isClairNode(node: Node): boolean;
}

export interface FeatureModule<V extends SettingValue = SettingValue> {
  /**
   * Called when the visitor turns the feature on and each time its value changes while on:
   * a later call must be a cheap update, not a new walk of the page.
   */
  apply(value: V, ctx: FeatureContext): void | Promise<void>;
  /** Restores the page exactly as it was before the first `apply`. */
  revert(ctx: FeatureContext): void | Promise<void>;
}

/**
 * A feature that is one stylesheet and nothing else (underlined links, line length...): on adds
 * it to the page, its open shadow roots and same-origin iframes; off removes it. No walk, no DOM
 * change, so content added later is covered by the same rules.
 */
export function stylesheetFeature(owner: string, css: string): FeatureModule<boolean> {
  return {
    apply(_on, ctx) {
      ctx.styles.set(owner, css);
    },
    revert(ctx) {
      ctx.styles.remove(owner);
    },
  };
}

/** A custom panel control, for features that need more than a switch, choices or a slider. */
export interface ControlDefinition {
  /** Custom element tag the panel renders, e.g. `clair-page-map`. */
  readonly tag: string;
  /** Imports the module that defines the tag. */
  readonly load: () => Promise<unknown>;
}

export type FeatureDefinition = SettingDefinition & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module is typed by its own setting
  readonly load?: () => Promise<{ default: FeatureModule<any> }>;
  readonly control?: ControlDefinition;
};

/** A panel section that is not a setting (a page map, a player): UI only. */
export interface SectionDefinition {
  readonly kind: 'section';
  readonly id: string;
  readonly group: SettingDefinition['group'];
  readonly i18n: string;
  readonly control: ControlDefinition;
}

export type RegistryEntry = FeatureDefinition | SectionDefinition;

export function isSection(entry: RegistryEntry): entry is SectionDefinition {
  return 'kind' in entry && entry.kind === 'section';
}
