/**
 * Cooperative slicing for the reading view's preparation: long work gives the browser back the
 * main thread between slices, so opening the view on a long page never blocks input or frames.
 */
import { yieldToPage } from '../../core/yield-to-page.js';

const SLICE_MS = 12;

export class Slicer {
  private start = performance.now();

  /** True when the current slice has used its budget. */
  get due(): boolean {
    return performance.now() - this.start > SLICE_MS;
  }

  /** Always yields (between phases). */
  async pause(): Promise<void> {
    await yieldToPage();
    this.start = performance.now();
  }

  /** Yields only when the current slice is over its budget. */
  async check(): Promise<void> {
    if (this.due) await this.pause();
  }
}
