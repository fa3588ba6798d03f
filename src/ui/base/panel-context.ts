/**
 * What the panel hands to a feature's custom control (properties down). A control changes settings
 * by emitting `clair-setting` (events up) and reads them from `runtime`.
 */
import type { i18n } from 'i18next';
import type { ClairConfig } from '../../core/config.js';
import type { Runtime } from '../../core/runtime.js';

export interface PanelContext {
  readonly runtime: Runtime;
  readonly config: ClairConfig;
  readonly i18n: i18n;
}

/** Every custom control element receives these two properties. */
export interface CustomControl extends HTMLElement {
  context?: PanelContext;
  /** Registry id of the entry the control belongs to. */
  entryId?: string;
}
