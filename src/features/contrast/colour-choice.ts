/**
 * @summary The radio group of a colour setting (contrast, saturation, colour-vision aid). Under
 * `forced-colors: active` (Windows high contrast and the like) the choices are shown disabled with
 * the reason: the visitor's system colours are in charge and Clair does not fight them.
 */
import { html, nothing } from 'lit';
import type { ChoiceSetting } from '../../core/settings.js';
import { ClairElement } from '../../ui/base/clair-element.js';
import { LocalizeController } from '../../ui/base/localize.js';
import type { CustomControl, PanelContext } from '../../ui/base/panel-context.js';
import { SettingsController } from '../../ui/base/settings-controller.js';
import { styles } from './colour-control.styles.js';
import { ForcedColours } from './forced-colours.js';

export class ClairColourChoice extends ClairElement implements CustomControl {
  static override styles = styles;
  static override properties = { context: { attribute: false }, entryId: { attribute: false } };

  context?: PanelContext;
  entryId?: string;
  private readonly l = new LocalizeController(this, () => this.context?.i18n);
  private readonly forced = new ForcedColours(this);
  private readonly settings = new SettingsController(this, () => this.context);

  override render() {
    const def = this.entryId ? this.context?.runtime.registry.get(this.entryId) : undefined;
    if (!def || def.type !== 'choice' || !this.context) return nothing;
    const setting = def as ChoiceSetting;
    const value = String(this.context.runtime.get(def.id));
    const forced = this.forced.active;
    const describedBy = [def.described ? 'desc' : '', forced ? 'why' : ''].filter(Boolean).join(' ');
    return html`<fieldset aria-describedby=${describedBy || nothing}>
      <legend>${this.l.t(`${def.i18n}.label`)}</legend>
      ${def.described ? html`<span class="description" id="desc">${this.l.t(`${def.i18n}.description`)}</span>` : nothing}
      ${forced ? html`<span class="why" id="why">${this.l.t('colour:forcedColours')}</span>` : nothing}
      <div class="list">
        ${setting.choices.map(
          (c) => html`<label>
            <input
              type="radio"
              name="c"
              value=${c}
              .checked=${c === value}
              ?disabled=${forced}
              @change=${() => this.emit('clair-setting', { id: def.id, value: c })}
            />
            <span>${this.l.t(`${def.i18n}.choices.${c}`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
