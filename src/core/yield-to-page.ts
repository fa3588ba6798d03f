interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page a turn (input, rendering) between slices of Clair's work: `scheduler.yield()`
 * where the browser has it (the work then resumes ahead of other queued tasks), else a message
 * (none of setTimeout's 4 ms clamp).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}
