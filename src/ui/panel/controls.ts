/**
 * Render functions for the three generic kinds of setting: a switch, a set of choices (radio group,
 * or a select when there are many) and a slider with −/+ buttons (easier with a tremor).
 * Native elements only: their keyboard behaviour and accessible names come for free.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BooleanSetting, ChoiceSetting, RangeSetting, SettingValue } from '../../core/settings.js';
import type { LocalizeController } from '../base/localize.js';

export type Change = (id: string, value: SettingValue) => void;

interface Common {
  readonly l: LocalizeController;
  readonly onChange: Change;
  readonly busy: boolean;
}

const MAX_RADIOS = 6;

type Described = { id: string; i18n: string; described?: boolean; suggestWhen?: string };

/** Whether the visitor's device asks for this setting (see `suggestWhen`): an offer, never a switch. */
export function isSuggested(def: { suggestWhen?: string }): boolean {
  return !!def.suggestWhen && typeof matchMedia === 'function' && matchMedia(def.suggestWhen).matches;
}

function describedBy(def: Described) {
  return def.described || isSuggested(def) ? `d-${def.id}` : nothing;
}

function description(def: Described, l: LocalizeController) {
  const suggested = isSuggested(def);
  if (!def.described && !suggested) return nothing;
  return html`<span class="description" id="d-${def.id}"
    >${suggested ? html`<strong class="suggested">${l.t(`${def.i18n}.suggested`)}</strong> ` : nothing}${def.described
      ? l.t(`${def.i18n}.description`)
      : nothing}</span
  >`;
}

export function renderSwitch(def: BooleanSetting, value: boolean, { l, onChange, busy }: Common): TemplateResult {
  return html`<div class="control switch-row">
    <button
      type="button"
      role="switch"
      class="switch"
      id="c-${def.id}"
      aria-checked=${value ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      aria-describedby=${describedBy(def)}
      @click=${() => onChange(def.id, !value)}
    >
      <span class="switch-label">${l.t(`${def.i18n}.label`)}</span>
      <span class="track" aria-hidden="true"><span class="thumb"></span></span>
    </button>
    ${description(def, l)}
  </div>`;
}

export function choiceLabel(def: ChoiceSetting, choice: string, l: LocalizeController): string {
  return def.choiceNames?.[choice] ?? l.t(`${def.i18n}.choices.${choice}`);
}

export function renderChoice(def: ChoiceSetting, value: string, { l, onChange }: Common): TemplateResult {
  if (def.choices.length > MAX_RADIOS) {
    return html`<div class="control">
      <label class="label" for="c-${def.id}">${l.t(`${def.i18n}.label`)}</label>
      ${description(def, l)}
      <select
        id="c-${def.id}"
        aria-describedby=${describedBy(def)}
        @change=${(e: Event) => onChange(def.id, (e.target as HTMLSelectElement).value)}
      >
        ${def.choices.map(
          (c) => html`<option value=${c} ?selected=${c === value} lang=${def.choiceNames?.[c] ? c : nothing}>${choiceLabel(def, c, l)}</option>`,
        )}
      </select>
    </div>`;
  }
  return html`<fieldset class="control choices" aria-describedby=${describedBy(def)}>
    <legend class="label">${l.t(`${def.i18n}.label`)}</legend>
    ${description(def, l)}
    <div class="choice-list">
      ${def.choices.map(
        (c) => html`<label class="choice">
          <input
            type="radio"
            name="c-${def.id}"
            value=${c}
            .checked=${c === value}
            @change=${() => onChange(def.id, c)}
          />
          <span>${choiceLabel(def, c, l)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function formatRange(def: RangeSetting, value: number, lang: string): string {
  return def.unit === 'percent'
    ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100)
    : new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function renderRange(def: RangeSetting, value: number, { l, onChange }: Common): TemplateResult {
  const text = formatRange(def, value, l.lang);
  const step = (delta: number) => {
    const next = Math.min(def.max, Math.max(def.min, Math.round((value + delta * def.step) * 1000) / 1000));
    if (next !== value) onChange(def.id, next);
  };
  const label = l.t(`${def.i18n}.label`);
  return html`<div class="control range">
    <div class="range-head">
      <label class="label" for="c-${def.id}">${label}</label>
      <output for="c-${def.id}" aria-hidden="true">${text}</output>
    </div>
    ${description(def, l)}
    <div class="range-row">
      <button type="button" class="step" aria-label=${l.t('core:panel.decrease', { label })} ?disabled=${value <= def.min} @click=${() => step(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <input
        type="range"
        id="c-${def.id}"
        min=${def.min}
        max=${def.max}
        step=${def.step}
        .value=${String(value)}
        aria-valuetext=${text}
        aria-describedby=${describedBy(def)}
        @input=${(e: Event) => onChange(def.id, Number((e.target as HTMLInputElement).value))}
      />
      <button type="button" class="step" aria-label=${l.t('core:panel.increase', { label })} ?disabled=${value >= def.max} @click=${() => step(1)}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  </div>`;
}
