/**
 * The feature list: one line per feature module, in panel order within each group.
 * Adding a feature = one folder in src/features/ + one line here.
 */
import type { RegistryEntry } from '../core/feature.js';
import { underlineLinks } from './underline-links/feature.js';

export const FEATURES: readonly RegistryEntry[] = [underlineLinks];
