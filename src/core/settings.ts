/**
 * Settings are data: every adjustable thing in Clair (feature or core preference) is described by
 * one of these definitions. The panel renders them, preferences validate against them and
 * `Clair.features()` returns them as plain data.
 */
export const GROUPS = ['read', 'see', 'understand', 'navigate', 'translate', 'settings'] as const;
export type GroupId = (typeof GROUPS)[number];

export type SettingValue = boolean | number | string;

interface BaseSetting<T extends SettingValue> {
  /** Stable id: the preference key and the `Clair.get/set` key. */
  readonly id: string;
  readonly group: GroupId;
  /**
   * i18next key prefix: `${i18n}.label` is the visible label, `${i18n}.description` an optional
   * help line, `${i18n}.choices.<choice>` the label of each choice.
   */
  readonly i18n: string;
  readonly default: T;
  /** WCAG success criteria this setting serves (documentation only). */
  readonly wcag?: readonly string[];
  /** false: the value lives for this page only (modes such as the reading view). */
  readonly persist?: boolean;
  /** Whether the panel shows `${i18n}.description` under the label. */
  readonly described?: boolean;
  /**
   * A media query such as '(prefers-reduced-motion: reduce)': when the visitor's device matches
   * it, the panel lists the setting first in its group with the note `${i18n}.suggested`. It is
   * only an offer: the setting never turns on by itself.
   */
  readonly suggestWhen?: string;
  /** The panel shows this setting only while another one has one of these values (sub-settings). */
  readonly showWhen?: { readonly setting: string; readonly is: readonly SettingValue[] };
}

export interface BooleanSetting extends BaseSetting<boolean> {
  readonly type: 'boolean';
}

export interface ChoiceSetting extends BaseSetting<string> {
  readonly type: 'choice';
  readonly choices: readonly string[];
  /** Names shown as they are, not translated (each language's own name in a language list). */
  readonly choiceNames?: Readonly<Record<string, string>>;
}

export interface RangeSetting extends BaseSetting<number> {
  readonly type: 'range';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** How the panel shows the value: "150 %" for percent, "1.5" for number. */
  readonly unit?: 'percent' | 'number';
}

export type SettingDefinition = BooleanSetting | ChoiceSetting | RangeSetting;

export function isValidValue(def: SettingDefinition, value: unknown): value is SettingValue {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && def.choices.includes(value);
    case 'range':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= def.min &&
        value <= def.max &&
        // Accept only values on the step grid (with float tolerance).
        Math.abs((value - def.min) / def.step - Math.round((value - def.min) / def.step)) < 1e-6
      );
  }
}

/** Human-readable list of accepted values, for warnings. */
export function describeAccepted(def: SettingDefinition): string {
  switch (def.type) {
    case 'boolean':
      return 'true or false';
    case 'choice':
      return def.choices.map((c) => JSON.stringify(c)).join(', ');
    case 'range':
      return `a number from ${def.min} to ${def.max} in steps of ${def.step}`;
  }
}
