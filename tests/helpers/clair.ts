/**
 * Shared test fixtures: every page records console messages and page errors, and knows when Clair
 * is ready. Tests use real key presses and web-first assertions, never fixed sleeps.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface ConsoleLog {
  readonly messages: { type: string; text: string }[];
  /** Errors (console.error and uncaught exceptions) that come from Clair. */
  clairErrors(): string[];
  warnings(): string[];
}

function recordConsole(page: Page): ConsoleLog {
  const messages: { type: string; text: string }[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    const location = msg.location().url ?? '';
    messages.push({ type: msg.type(), text: `${msg.text()} @${location}` });
  });
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: `${error.message}\n${error.stack ?? ''}` }));
  return {
    messages,
    clairErrors: () =>
      messages
        .filter((m) => (m.type === 'error' || m.type === 'pageerror') && /clair|\/dist\//i.test(m.text))
        .map((m) => m.text),
    warnings: () => messages.filter((m) => m.type === 'warning').map((m) => m.text),
  };
}

export const test = base.extend<{ consoleLog: ConsoleLog }>({
  consoleLog: async ({ page }, use) => {
    await use(recordConsole(page));
  },
  page: async ({ page }, use) => {
    await watchReady(page);
    await use(page);
  },
});

export { expect };

/** Navigates and waits for the `clair:ready` event. */
export async function gotoClair(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitReady(page);
}

/** Catches `clair:ready` from the page's first script on, for waitReady (the `page` fixture does it). */
export async function watchReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __clairReady: Promise<void> };
    w.__clairReady = new Promise((resolve) => document.addEventListener('clair:ready', () => resolve(), { once: true }));
  });
}

export async function waitReady(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __clairReady: Promise<void> }).__clairReady);
}

/** Sets window.ClairConfig before any page script runs. */
export async function configure(page: Page, config: Record<string, unknown>): Promise<void> {
  await page.addInitScript((c) => {
    (window as unknown as { ClairConfig: unknown }).ClairConfig = c;
  }, config);
}

export const launcher = (page: Page, name: string | RegExp = /Clair/) => page.getByRole('button', { name });
export const panel = (page: Page) => page.getByRole('dialog');

/**
 * Opens the panel. Its groups are collapsible disclosures; by default this expands every group so
 * tests can reach every control (`{ expandAll: false }` keeps the visitor's first view).
 */
export async function openPanel(page: Page, { expandAll = true } = {}): Promise<void> {
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await settleAnimations(page);
  if (expandAll) {
    // The collapsed list shrinks with each click: always open the first collapsed group.
    const collapsed = panel(page).locator('button[aria-expanded="false"].group-toggle');
    for (let n = await collapsed.count(); n > 0; n--) await collapsed.first().click();
    await expect(collapsed).toHaveCount(0);
  }
}

/** Waits for the panel's opening animation so geometry is measured at rest. */
export async function settleAnimations(page: Page): Promise<void> {
  await panel(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
}

/**
 * Waits for the page's own CSS transitions to end (real pages fade link colours, shadows and sizes
 * over 0.1 s): styles and contrast are then read at rest, not halfway. getAnimations() flushes
 * style first, so transitions started by the last change are included.
 */
export async function pageAtRest(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Drives a setting through the public API and waits until the page is adapted and at rest. */
export async function setSetting(page: Page, key: string, value: unknown): Promise<boolean> {
  const ok = await page.evaluate(
    async ([k, v]) => {
      const clair = (window as unknown as { Clair: { set(k: unknown, v: unknown): boolean; settled(): Promise<void> } }).Clair;
      const ok = clair.set(k, v);
      await clair.settled();
      return ok;
    },
    [key, value] as const,
  );
  await pageAtRest(page);
  return ok;
}

export async function resetAll(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { Clair: { reset(): Promise<void> } }).Clair.reset());
  await pageAtRest(page);
}

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS);
}

/** axe-core limited to Clair's own UI. */
export function axeClair(page: Page): AxeBuilder {
  return axe(page).include('clair-toolbar');
}

export type ViolationCounts = Record<string, number>;

/** axe violations as rule → node count (of the page, or of a part of it), to compare before and after. */
export async function violationCounts(page: Page, scope: { include?: string; exclude?: string } = {}): Promise<ViolationCounts> {
  const builder = axe(page);
  if (scope.include) builder.include(scope.include);
  if (scope.exclude) builder.exclude(scope.exclude);
  const results = await builder.analyze();
  return Object.fromEntries(results.violations.map((v) => [v.id, v.nodes.length]));
}

/** Rules with more violating nodes after than before: what a change added. */
export function newViolations(before: ViolationCounts, after: ViolationCounts): ViolationCounts {
  return Object.fromEntries(Object.entries(after).filter(([rule, n]) => n > (before[rule] ?? 0)));
}
