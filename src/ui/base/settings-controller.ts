import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PanelContext } from './panel-context.js';

/**
 * Re-renders a custom panel control whenever a setting changes. The panel hands its context over
 * after the element is created, so the subscription starts with the first update that has one.
 */
export class SettingsController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: () => PanelContext | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostUpdated(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    const context = this.context();
    if (!this.unsubscribe && context) this.unsubscribe = context.runtime.subscribe(() => this.host.requestUpdate());
  }
}
