import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks `forced-colors: active` (the host re-renders when the visitor switches it on or off). */
export class ForcedColours implements ReactiveController {
  private query?: MediaQueryList;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get active(): boolean {
    return this.query?.matches ?? false;
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.query = matchMedia('(forced-colors: active)');
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
