/**
 * The four spacing sliders share the spacing sheet: moving one selects the "custom" mode (the
 * visitor sees the effect at once, whatever mode was chosen before); in custom mode every change
 * redraws the sheet.
 */
import type { FeatureModule } from '../../core/feature.js';
import { render } from './spacing.js';

const slider: FeatureModule<number> = {
  apply(_value, ctx) {
    if (ctx.get('spacing') !== 'custom') ctx.set('spacing', 'custom');
    else render(ctx);
  },
  revert(ctx) {
    if (ctx.get('spacing') === 'custom') render(ctx);
  },
};

export default slider;
