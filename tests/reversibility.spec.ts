/**
 * Reversible, all together: on real pages, turn every reading adaptation on at once, then reset
 * everything (what the panel's "Reset everything" button does). The page's DOM, the computed
 * styles of its elements, its form values and focus must be exactly what they were before.
 */
import { expect, gotoClair, resetAll, test } from './helpers/clair';
import type { Page } from '@playwright/test';

const PAGES = [
  '/corpus/dsfr-register-identity/index.html?clair',
  '/corpus/nhs-pregnancy/index.html?clair',
  '/corpus/w3c-bad-before-survey/index.html?clair',
  '/corpus/mcc-je-veux-me-faire-vacciner/index.html?clair',
  '/demo/rendez-vous.html',
];

interface Snapshot {
  html: string;
  styles: string[];
  forms: string[];
  focus: string;
  adopted: number;
}

async function snapshot(page: Page): Promise<Snapshot> {
  // Let transitions and animations the reset may have started finish first.
  // (Infinite animations, such as spinners, never finish: only finite ones are awaited.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('body *')].filter((el) => !el.closest('[data-clair-ui]'));
    const step = Math.max(1, Math.floor(all.length / 400));
    const styles: string[] = [];
    for (let i = 0; i < all.length; i += step) {
      const el = all[i]!;
      const cs = getComputedStyle(el);
      const before = getComputedStyle(el, '::before');
      const props = [...cs].filter((p) => !p.startsWith('transition') && !p.startsWith('animation'));
      styles.push(`${el.tagName}#${i} ` + props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';') + ` ::before ${before.content} ${before.color}`);
    }
    const forms = [...document.querySelectorAll('input, select, textarea')].map((el) => {
      const f = el as HTMLInputElement;
      return `${f.name || f.id}=${f.value}|${f.checked}`;
    });
    const a = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      styles,
      forms,
      focus: a ? `${a.tagName}#${a.id}` : '',
      adopted: document.adoptedStyleSheets.length,
    };
  });
}

for (const url of PAGES) {
  test(`everything on, then "Reset everything" restores ${url.split('/')[2] ?? url}`, async ({ page, consoleLog }) => {
    test.setTimeout(240_000);
    await gotoClair(page, url);
    // The visitor has typed in the form and is somewhere in the page.
    const field = page.locator('input[type="text"]:visible, input:not([type]):visible, input[type="email"]:visible, textarea:visible').first();
    if (await field.count()) {
      await field.fill('Valeur saisie');
      await field.focus();
    }
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => scrollY > 0 || document.documentElement.scrollHeight <= innerHeight);
    const before = await snapshot(page);

    const changed = await page.evaluate(async () => {
      const clair = (window as unknown as { Clair: { features(): { id: string; group: string; type: string; default: unknown; choices?: string[]; max?: number }[]; set(k: string, v: unknown): boolean; settled(): Promise<void> } }).Clair;
      const on: string[] = [];
      for (const f of clair.features()) {
        if (f.group === 'settings' || f.group === 'translate') continue;
        const value = f.type === 'boolean' ? true : f.type === 'range' ? f.max : f.choices!.filter((c) => c !== f.default).at(-1);
        if (clair.set(f.id, value)) on.push(f.id);
      }
      await clair.settled();
      return on;
    });
    expect(changed.length).toBeGreaterThan(15);
    const during = await page.evaluate(() => document.documentElement.outerHTML + document.adoptedStyleSheets.length);
    expect(during).not.toBe(before.html + before.adopted); // the adaptations did change the page

    // Clair.reset() is what the panel's "Reset everything" calls; through the API, focus stays
    // where the visitor left it, so it can be compared too.
    // resetAll also waits for the page's own transitions (font sizes, colours) to end.
    await resetAll(page);
    const after = await snapshot(page);

    expect(after.html).toBe(before.html);
    expect(after.forms).toEqual(before.forms);
    expect(after.adopted).toBe(before.adopted);
    // The scroll position is not compared: with every adaptation coming undone at once, where the
    // visitor lands depends on the browser's scroll anchoring and on the moment the reading view
    // opened (off by up to 250 px in about 1 run in 6 on w3c-bad-before-survey). A known gap; the
    // reading view alone gives its place back exactly (reading-view.spec.ts).
    expect(after.focus).toBe(before.focus);
    const diff = after.styles.map((s, i) => (s === before.styles[i] ? null : firstDifference(before.styles[i]!, s))).filter(Boolean);
    expect(diff).toEqual([]);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}

function firstDifference(a: string, b: string): string {
  const pa = a.split(';');
  const pb = b.split(';');
  const i = pa.findIndex((p, k) => p !== pb[k]);
  return `${a.split(' ')[0]}: ${pa[i]} → ${pb[i]}`;
}
