/**
 * Clair's ESM entry, for sites built with a bundler:
 *
 *   import { Clair } from 'clair-a11y';
 *   Clair.init({ lang: 'fr', position: 'bottom-left' });
 *
 * Importing does nothing by itself; `init()` starts Clair and sets `window.Clair`.
 */
import { createClair, type ClairApi } from './api.js';

export const Clair: ClairApi = createClair();

export type { ClairApi } from './api.js';
export type { ClairConfig, ClairConfigInput, Position } from './core/config.js';
export type { ClairChangeDetail, ClairReadyDetail, ChangeSource } from './core/events.js';
export type { FeatureInfo } from './core/registry.js';
export type { SettingValue } from './core/settings.js';
