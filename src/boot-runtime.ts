/**
 * The stored-preference code: registry, preferences and runtime, in their own chunk so the launcher
 * (Lit + toolbar + config) can show without waiting for it. Loaded at start-up in parallel.
 */
import type { ClairConfig } from './core/config.js';
import { Registry } from './core/registry.js';
import { Runtime } from './core/runtime.js';
import { FEATURES } from './features/index.js';

export function startRuntime(config: ClairConfig): { runtime: Runtime; applied: Promise<void> } {
  const registry = new Registry(FEATURES, config.features);
  const runtime = new Runtime(registry, config);
  return { runtime, applied: runtime.start() };
}
