/**
 * Cooperative slicing for the reading view's preparation: long work gives the browser back the
 * main thread between slices, so opening the view on a long page never blocks input or frames.
 */
const SLICE_MS = 12;

/** Resolves in a later task (scheduler.yield keeps our place in the queue where it exists). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Slicer {
  private start = performance.now();

  /** True when the current slice has used its budget. */
  get due(): boolean {
    return performance.now() - this.start > SLICE_MS;
  }

  /** Always yields (between phases). */
  async pause(): Promise<void> {
    await nextTask();
    this.start = performance.now();
  }

  /** Yields only when the current slice is over its budget. */
  async check(): Promise<void> {
    if (this.due) await this.pause();
  }
}
