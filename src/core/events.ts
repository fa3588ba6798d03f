/** The DOM events Clair dispatches on `document` (they bubble to `window`). A documented contract. */
import type { SettingValue } from './settings.js';

/** Where a change came from: the panel, the JS API, another tab, or "Reset everything". */
export type ChangeSource = 'user' | 'api' | 'storage' | 'reset';

export interface ClairChangeDetail {
  readonly key: string;
  readonly value: SettingValue;
  readonly source: ChangeSource;
}

export interface ClairReadyDetail {
  readonly version: string;
}

declare global {
  interface DocumentEventMap {
    'clair:ready': CustomEvent<ClairReadyDetail>;
    'clair:change': CustomEvent<ClairChangeDetail>;
  }
  interface WindowEventMap {
    'clair:ready': CustomEvent<ClairReadyDetail>;
    'clair:change': CustomEvent<ClairChangeDetail>;
  }
}

export function dispatch<K extends 'clair:ready' | 'clair:change'>(
  doc: Document,
  type: K,
  detail: K extends 'clair:ready' ? ClairReadyDetail : ClairChangeDetail,
): void {
  doc.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
}
