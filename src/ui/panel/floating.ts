/**
 * Keeps the panel next to the launcher and inside the viewport with Floating UI, while it is open.
 * On narrow screens (and at 400% zoom) the panel is a full-width sheet and this controller stands
 * aside: CSS places it.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SHEET_QUERY = '(max-width: 480px), (max-height: 420px)';

export class FloatingController implements ReactiveController {
  private cleanup?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly reference: () => HTMLElement | undefined,
    private readonly floating: () => HTMLElement | null | undefined,
    private readonly placement: () => 'top-end' | 'top-start' | 'bottom-end' | 'bottom-start',
  ) {
    host.addController(this);
  }

  start(): void {
    this.stop();
    const reference = this.reference();
    const floating = this.floating();
    if (!reference || !floating) return;
    this.cleanup = autoUpdate(reference, floating, () => void this.update(reference, floating));
  }

  stop(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async update(reference: HTMLElement, floating: HTMLElement): Promise<void> {
    if (matchMedia(SHEET_QUERY).matches) {
      for (const prop of ['left', 'top', 'max-height', 'max-width']) floating.style.removeProperty(prop);
      return;
    }
    const { x, y } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: this.placement(),
      middleware: [
        offset(12),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, availableWidth }) {
            floating.style.setProperty('max-height', `${Math.max(200, availableHeight)}px`);
            floating.style.setProperty('max-width', `${Math.max(240, availableWidth)}px`);
          },
        }),
      ],
    });
    floating.style.setProperty('left', `${x}px`);
    floating.style.setProperty('top', `${y}px`);
  }
}
