/**
 * @summary Swatches for one colour of the custom contrast mode (text, background or links), shown
 * only while that mode is on. Each swatch is a radio with a visible colour chip and a name. Under
 * the text and link swatches a status line gives the contrast with the background, and says so
 * when Clair had to correct a pair below 7:1 (the same check the page uses: palettes.ts).
 */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ChoiceSetting } from '../../core/settings.js';
import { ClairElement } from '../../ui/base/clair-element.js';
import { LocalizeController } from '../../ui/base/localize.js';
import type { CustomControl, PanelContext } from '../../ui/base/panel-context.js';
import { SettingsController } from '../../ui/base/settings-controller.js';
import { styles } from './colour-control.styles.js';
import { ForcedColours } from './forced-colours.js';
import { customPalette, SWATCHES, type CheckedColour } from './palettes.js';

export class ClairColourSwatches extends ClairElement implements CustomControl {
  static override styles = styles;
  static override properties = { context: { attribute: false }, entryId: { attribute: false } };

  context?: PanelContext;
  entryId?: string;
  private readonly l = new LocalizeController(this, () => this.context?.i18n);
  private readonly forced = new ForcedColours(this);
  private readonly settings = new SettingsController(this, () => this.context);

  override render() {
    const runtime = this.context?.runtime;
    const def = this.entryId ? runtime?.registry.get(this.entryId) : undefined;
    const visible = !!runtime && !!def && def.type === 'choice' && runtime.get('contrast') === 'custom' && !this.forced.active;
    this.hidden = !visible;
    if (!visible || !runtime || !def) return nothing;
    const value = String(runtime.get(def.id));
    const checked = customPalette({
      text: String(runtime.get('customText')),
      background: String(runtime.get('customBackground')),
      link: String(runtime.get('customLink')),
    });
    const pair = def.id === 'customText' ? checked.text : def.id === 'customLink' ? checked.link : undefined;
    return html`<fieldset aria-describedby=${pair ? 'status' : nothing}>
      <legend>${this.l.t(`${def.i18n}.label`)}</legend>
      <div class="list">
        ${(def as ChoiceSetting).choices.map(
          (c) => html`<label>
            <input type="radio" name="c" value=${c} .checked=${c === value} @change=${() => this.emit('clair-setting', { id: def.id, value: c })} />
            <span class="chip" style=${styleMap({ background: SWATCHES[c] ?? 'transparent' })} aria-hidden="true"></span>
            <span>${this.l.t(`colour:swatches.${c}`)}</span>
          </label>`,
        )}
      </div>
      ${def.id === 'customLink' ? this.renderSample(checked.palette) : nothing}
      ${pair ? this.renderStatus(pair, def.id === 'customText' ? runtime.get('customText') : runtime.get('customLink')) : nothing}
    </fieldset>`;
  }

  /**
   * A preview of the three colours together, after any correction. styleMap writes through the
   * CSSOM, which a strict Content-Security-Policy allows (a style attribute would not be).
   */
  private renderSample(p: { fg: string; bg: string; link: string }) {
    return html`<p class="sample" style=${styleMap({ color: p.fg, background: p.bg })}>
      ${this.l.t('colour:sample.text')} <u style=${styleMap({ color: p.link })}>${this.l.t('colour:sample.link')}</u>
    </p>`;
  }

  /** Always rendered, so screen readers announce a change of its text (role=status). */
  private renderStatus(c: CheckedColour, name: unknown) {
    const ratio = new Intl.NumberFormat(this.l.lang, { maximumFractionDigits: 1 }).format(c.ratio);
    const colour = this.l.t(`colour:swatches.${String(name)}`);
    const text = c.corrected ? this.l.t('colour:status.corrected', { colour, ratio }) : this.l.t('colour:status.ok', { ratio });
    return html`<p class="status ${c.corrected ? 'corrected' : ''}" id="status" role="status">${text}</p>`;
  }
}
