/**
 * Base class of every Clair element: typed `emit()` for internal UI events, and a `define()` that
 * does nothing when the tag exists already (a site may load Clair twice).
 */
import { LitElement } from 'lit';
import type { SettingValue } from '../../core/settings.js';

/** Events Clair's elements send up to their owner (composed: they cross shadow roots). */
export interface ClairUiEventMap {
  /** A control asks for a setting change on behalf of the visitor. */
  'clair-setting': { id: string; value: SettingValue };
  /** The panel (or a view) asks to be closed. */
  'clair-close': undefined;
}

declare global {
  interface HTMLElementEventMap {
    'clair-setting': CustomEvent<ClairUiEventMap['clair-setting']>;
    'clair-close': CustomEvent<undefined>;
  }
}

export class ClairElement extends LitElement {
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  emit<K extends keyof ClairUiEventMap>(name: K, detail: ClairUiEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
