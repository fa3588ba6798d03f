/**
 * Which engines translate a page into a language: the site's own translations when it has them
 * for that language, then the first configured machine engine that reaches it.
 */
import { isAbort, TranslationError, type TranslationEngine } from './engine.js';
import { primary } from './languages.js';

export interface Route {
  readonly site: TranslationEngine | null;
  readonly machine: TranslationEngine | null;
}

export interface Reachable {
  /** Target language → its route. */
  readonly routes: ReadonlyMap<string, Route>;
  /** Engines that could not say which languages they offer, with why. */
  readonly failures: readonly { engine: TranslationEngine; error: TranslationError }[];
}

function offers(targets: readonly string[], wanted: string): boolean {
  return targets.some((t) => t === wanted || primary(t) === wanted);
}

export async function reachable(engines: readonly TranslationEngine[], source: string, signal?: AbortSignal): Promise<Reachable> {
  const failures: { engine: TranslationEngine; error: TranslationError }[] = [];
  const lists = await Promise.all(
    engines.map((engine) =>
      engine.targets(source, signal).then(
        (targets) => targets.filter((t) => primary(t) !== primary(source)),
        (error: unknown) => {
          if (isAbort(error)) throw error;
          failures.push({ engine, error: error instanceof TranslationError ? error : new TranslationError('invalid', String(error)) });
          return [] as string[];
        },
      ),
    ),
  );
  const routes = new Map<string, Route>();
  lists.forEach((targets, i) => {
    const engine = engines[i];
    if (!engine) return;
    for (const target of targets) {
      const route = routes.get(target) ?? { site: null, machine: null };
      if (engine.kind === 'site' && !route.site) routes.set(target, { ...route, site: engine });
      else if (engine.kind !== 'site' && !route.machine) routes.set(target, { ...route, machine: engine });
    }
  });
  return { routes, failures };
}

/** The route for one target, accepting "zh" for an engine's "zh-Hans". */
export function routeFor(found: Reachable, target: string): Route | null {
  const direct = found.routes.get(target);
  if (direct) return direct;
  for (const [t, route] of found.routes) if (offers([t], target)) return route;
  return null;
}
