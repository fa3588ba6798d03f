/**
 * The real Apertium APy server for the translation tests. Global setup starts it on 127.0.0.1
 * (a free port) when the run includes translation specs, and stops it (whole process group) at
 * the end; specs read its URL here. When APy is not installed, the specs that need it fail with
 * the reason and the install command: they never skip.
 */
import type { Page, Request } from '@playwright/test';
import { apyMissing, startApy } from '../../scripts/apy/apy.mjs';

const URL_VAR = 'CLAIR_APY_URL';
const ERROR_VAR = 'CLAIR_APY_ERROR';

/** Whether this run includes translation specs (a run of other files does not start APy). */
function runNeedsApy(argv: readonly string[]): boolean {
  if (process.env.CLAIR_APY === '1') return true;
  const testIndex = argv.indexOf('test');
  const files = (testIndex >= 0 ? argv.slice(testIndex + 1) : []).filter((a) => !a.startsWith('-') && /\.(spec\.)?ts$|^tests\//.test(a));
  return files.length === 0 || files.some((f) => f.includes('translate'));
}

/** Starts APy for the run; returns the teardown. Never throws: failures are reported by the specs. */
export async function startApyForRun(): Promise<() => Promise<void>> {
  const none = async () => {};
  if (process.env[URL_VAR] || !runNeedsApy(process.argv)) return none;
  const missing = apyMissing();
  if (missing) {
    process.env[ERROR_VAR] = missing;
    return none;
  }
  try {
    const apy = await startApy();
    process.env[URL_VAR] = apy.url;
    return apy.stop;
  } catch (error) {
    process.env[ERROR_VAR] = String(error instanceof Error ? error.message : error);
    return none;
  }
}

/** The running APy's base URL ("http://127.0.0.1:PORT/"); throws a clear failure when absent. */
export function apyUrl(): string {
  const url = process.env[URL_VAR];
  if (url) return url;
  throw new Error(
    `These tests need the real Apertium APy server, which could not be started: ${process.env[ERROR_VAR] ?? 'unknown reason (was the global setup skipped?)'}.\n` +
      'Install it with: apt-get install -y apertium-apy apertium-fr-es apertium-eng-spa (CI does), or set CLAIR_APY_URL to a running APy on 127.0.0.1.',
  );
}

/** host:port of the APy server, as the consent question names it. */
export const apyHost = () => new URL(apyUrl()).host;

/** Warms the fr→es pipeline (its first request spawns ~10 processes). */
export async function warmApy(): Promise<void> {
  await fetch(`${apyUrl()}translate`, { method: 'POST', body: new URLSearchParams({ langpair: 'fra|spa', q: 'Bonjour.', markUnknown: 'no' }) });
}

// ——— helpers shared by the translation specs ———

export interface TranslationDetail {
  phase: string;
  lang: string | null;
  done: number;
  total: number;
  failed: number;
  error: string | null;
}

/** Records every `clair:translation` event (install before navigation). */
export async function recordTranslation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __translation: unknown[] };
    w.__translation = [];
    document.addEventListener('clair:translation', (e) => w.__translation.push((e as CustomEvent).detail));
  });
}

/** Remembers the visitor's yes for `host` before the page loads (the question is tested on its own). */
export async function preConsent(page: Page, host: string): Promise<void> {
  await page.addInitScript((h) => {
    const key = 'clair:translate:consent';
    const list = JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
    if (!list.includes(h)) localStorage.setItem(key, JSON.stringify([...list, h]));
  }, host);
}

/** Waits until the translation reaches one of `phases`; returns its last state. */
export async function waitPhase(page: Page, phases: string[] = ['done'], timeout = 45_000): Promise<TranslationDetail> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const list = (window as unknown as { __translation?: { phase: string }[] }).__translation ?? [];
      const last = list[list.length - 1];
      return last && wanted.includes(last.phase) ? last : null;
    },
    phases,
    { timeout },
  );
  return (await handle.jsonValue()) as TranslationDetail;
}

/**
 * Everything "Show original" must give back: DOM, title, lang/dir, form values, styles, focus.
 * Clair's own note (a Clair element, present while a message shows) is left out of the DOM.
 */
export async function pageSnapshot(page: Page) {
  return page.evaluate(() => {
    const fields = Array.from(document.querySelectorAll('input, textarea, select')).map((el) => {
      const f = el as HTMLInputElement;
      return `${f.id || f.name}=${f.type === 'checkbox' || f.type === 'radio' ? f.checked : f.value}`;
    });
    const sample = Array.from(document.body.querySelectorAll('h1, h2, p, a, li, label, button, td')).slice(0, 60);
    const styles = sample.map((el) => {
      const s = getComputedStyle(el);
      return [s.color, s.fontSize, s.direction, s.textAlign, s.display].join(' ');
    });
    const active = document.activeElement;
    return {
      html: document.body.outerHTML.replace(/<clair-translate-note[^>]*><\/clair-translate-note>/, ''),
      title: document.title,
      root: `${document.documentElement.getAttribute('lang')}|${document.documentElement.getAttribute('dir')}`,
      fields,
      styles,
      focus: active ? `${active.tagName}#${active.id}` : '',
    };
  });
}

/** Request bodies sent to a host, decoded (form-encoded or JSON), for privacy checks. */
export function captureRequests(page: Page, host: string): { bodies: string[]; requests: Request[] } {
  const bodies: string[] = [];
  const requests: Request[] = [];
  page.on('request', (r) => {
    if (!r.url().includes(host)) return;
    requests.push(r);
    const body = r.postData() ?? '';
    let decoded = body;
    try {
      decoded = new URLSearchParams(body).get('q') ?? body;
    } catch {
      /* JSON bodies stay as they are */
    }
    bodies.push(`${r.url()}\n${decoded}\n${body}`);
  });
  return { bodies, requests };
}

/** Turns every word of an HTML fragment into `word`, keeping its tags (a well-behaved test engine). */
export const wordsTo = (html: string, word: (w: string) => string) =>
  html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(/\p{L}+/gu, word)))
    .join('');
