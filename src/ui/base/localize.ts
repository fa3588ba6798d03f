/**
 * A reactive controller around the page's i18next instance: the host re-renders when the UI
 * language changes, and gets `t()`, `lang` and `dir`.
 */
import type { i18n, TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl } from '../../core/language.js';

export class LocalizeController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getI18n: () => i18n | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.getI18n()?.on('languageChanged', this.onChange);
  }

  hostDisconnected(): void {
    this.getI18n()?.off('languageChanged', this.onChange);
  }

  /** Keys are built from registry data (`${i18n}.label`), so they are plain strings here. */
  t(key: string, options?: TOptions): string {
    const instance = this.getI18n();
    return instance ? String(instance.t(key, options as never)) : '';
  }

  has(key: string): boolean {
    return this.getI18n()?.exists(key) ?? false;
  }

  get lang(): string {
    return this.getI18n()?.language ?? 'fr';
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }
}
