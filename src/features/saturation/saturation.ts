import type { FeatureModule } from '../../core/feature.js';
import { setFilterPart } from '../page-filter/page-filter.js';
import type { Saturation } from './feature.js';

const FILTERS: Readonly<Record<Exclude<Saturation, 'off'>, string>> = {
  low: 'saturate(0.45)',
  mono: 'grayscale(1)',
};

const feature: FeatureModule<Saturation> = {
  apply(value, ctx) {
    setFilterPart(ctx, 'saturation', value === 'off' ? undefined : FILTERS[value]);
  },
  revert(ctx) {
    setFilterPart(ctx, 'saturation', undefined);
  },
};

export default feature;
