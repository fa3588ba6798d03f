/**
 * What bad engines and bad networks cannot do. Every engine here is a TEST DOUBLE (page.route):
 * fault injection for APy and the generic JSON endpoint, and the engines that cannot run on this
 * machine (LibreTranslate, the browser's Translator API). The real APy is in translate.spec.ts.
 */
import type { Page, Route } from '@playwright/test';
import { axe, configure, expect, gotoClair, setSetting, test } from './helpers/clair';
import { pageSnapshot, preConsent, recordTranslation, waitPhase, wordsTo } from './helpers/apy';

const FIXTURE = '/tests/fixtures/translate.html?clair';

const toSpanish = (html: string) => wordsTo(html, (w) => `es${w.length}`);

type Answer = (fragment: string, index: number) => string | null;

/** TEST DOUBLE: a generic JSON endpoint (docs/translation.md) answering with `answer`. */
async function jsonDouble(page: Page, base: string, answer: () => Answer | 'hang' | 'offline' | number, pairs = [{ source: 'fr', target: 'es' }]) {
  const calls: string[][] = [];
  await page.route(`${base}**`, async (route: Route) => {
    const url = route.request().url();
    if (url.endsWith('/languages')) return route.fulfill({ json: { pairs }, headers: { 'access-control-allow-origin': '*' } });
    const body = route.request().postDataJSON() as { q: string[] };
    calls.push(body.q);
    const a = answer();
    if (a === 'hang') return; // never answers
    if (a === 'offline') return route.abort('internetdisconnected');
    if (typeof a === 'number') return route.fulfill({ status: a, body: 'nope', headers: { 'access-control-allow-origin': '*' } });
    return route.fulfill({ json: { translations: body.q.map(a) }, headers: { 'access-control-allow-origin': '*' } });
  });
  return calls;
}

const jsonConfig = (url: string, extra: Record<string, unknown> = {}) => ({ translation: { engines: [{ type: 'json', url, ...extra }] } });

/** Marks every element, so the test can tell whether translation added any. */
async function markElements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __known: WeakSet<Element>; __attrs: Map<Element, string> };
    w.__known = new WeakSet(document.querySelectorAll('*'));
    w.__attrs = new Map(Array.from(document.querySelectorAll('body *'), (el) => [el, el.getAttributeNames().sort().join(',')]));
  });
}

/** Elements or attributes that were not there before (the note, lang/dir and the translated texts aside). */
async function newThings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __known: WeakSet<Element>; __attrs: Map<Element, string>; __pwned?: unknown };
    const found: string[] = [];
    const ignore = new Set(['lang', 'dir', 'title', 'alt', 'placeholder', 'aria-label', 'value', 'label']);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('clair-translate-note')) continue;
      if (!w.__known.has(el)) found.push(`new <${el.localName}>`);
      const before = (w.__attrs.get(el) ?? '').split(',');
      for (const name of el.getAttributeNames()) if (!ignore.has(name) && !before.includes(name)) found.push(`${el.localName}[${name}]`);
    }
    if (w.__pwned) found.push('a script ran');
    return found;
  });
}

test.beforeEach(async ({ page }) => {
  await recordTranslation(page);
});

test('test double (hostile engine): markup, scripts, handlers, javascript: links, unbalanced tags, missing indices, empty and huge answers cannot get into the page', async ({ page, consoleLog, baseURL }) => {
  const base = `${baseURL}/fake-hostile/`;
  const hostile: Answer[] = [
    (f) => `<img src="x" onerror="window.__pwned=1">${toSpanish(f)}`,
    (f) => `<script>window.__pwned=1</script>${toSpanish(f)}<style>body{display:none}</style>`,
    (f) => `${toSpanish(f)} <a href="javascript:window.__pwned=1" onclick="window.__pwned=1">clic</a>`,
    (f) => `<b><i>${toSpanish(f)}</div></span><iframe src="javascript:parent.__pwned=1"></iframe>`,
    (f) => toSpanish(f).replace(/data-c="(\d+)"/g, 'data-c="$1" onmouseover="window.__pwned=1" style="position:fixed;inset:0" href="javascript:1" id="pirate"'),
    (f) => toSpanish(f).replace(/ data-c="\d+"/g, ''), // indices lost: inline elements missing
    () => '',
    (f) => 'x'.repeat(f.length * 20 + 1000),
    (f) => `<svg><script>window.__pwned=1</script></svg><math><mi xlink:href="javascript:1">x</mi></math>${toSpanish(f)}`,
    (f) => toSpanish(f),
  ];
  let imageRequests = 0;
  await page.route('**/x', (route) => {
    imageRequests++;
    return route.fulfill({ body: '' });
  });
  await jsonDouble(page, base, () => (f, i) => (hostile[i % hostile.length] ?? toSpanish)(f, i));
  await configure(page, jsonConfig(base));
  await preConsent(page, new URL(base).host);
  await gotoClair(page, FIXTURE);
  await markElements(page);
  const before = await pageSnapshot(page);
  const count = () => page.evaluate(() => document.querySelectorAll('script, style, iframe, img, svg, math, a[href^="javascript"]').length);
  const risky = await count();

  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page);
  expect(done.failed).toBeGreaterThan(0);
  expect(done.failed).toBeLessThan(done.total); // the well-formed answers were used
  expect(await newThings(page)).toEqual([]);
  expect(await count()).toBe(risky);
  expect(imageRequests).toBe(0);
  await expect(page.locator('body')).toBeVisible();
  // The visitor is told, plainly, that some passages stayed in French.
  await expect(page.locator('clair-translate-note').getByRole('region')).toContainText(`Pasajes sin traducir: ${done.failed}.`);

  await setSetting(page, 'translate', 'off');
  expect(await pageSnapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('test double (APy with faults): 503 then success is retried once, lost and repeated markers are asked again one by one, #/@ marks are stripped', async ({ page, baseURL }) => {
  const base = `${baseURL}/fake-apy/`;
  const bodies: string[] = [];
  let first = true;
  await page.route(`${base}**`, async (route) => {
    const url = route.request().url();
    const cors = { 'access-control-allow-origin': '*' };
    if (url.endsWith('/listPairs')) return route.fulfill({ json: { responseData: [{ sourceLanguage: 'fra', targetLanguage: 'spa' }], responseStatus: 200 }, headers: cors });
    const params = new URLSearchParams(route.request().postData() ?? '');
    const q = params.get('q') ?? '';
    bodies.push(q);
    if (first) {
      first = false;
      return route.fulfill({ status: 503, body: 'busy', headers: cors });
    }
    const segs = [...q.matchAll(/<p i="(\d+)">([\s\S]*?)<\/p>/g)];
    let out = '';
    segs.forEach(([, i, inner], k) => {
      const text = toSpanish(inner ?? '').replace(/es(\d)/, '#es$1');
      if (segs.length > 1 && k % 3 === 1) return; // lost
      if (segs.length > 1 && k % 5 === 2) out += `<p i="${i}">${text}</p>`; // repeated
      out += `<p i="${i}">${text}</p>`;
    });
    out += '<p i="999">extra</p>';
    return route.fulfill({ json: { responseData: { translatedText: out }, responseStatus: 200 }, headers: cors });
  });
  await configure(page, { translation: { engines: [{ type: 'apertium', url: base }] } });
  await preConsent(page, new URL(base).host);
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page);
  expect(done.failed).toBe(0);
  const markers = (q: string) => (q.match(/<p i=/g) ?? []).length;
  expect(bodies.filter((q) => q === bodies[0])).toHaveLength(2); // the 503 was retried once, same request
  const batches = bodies.filter((q) => markers(q) > 1);
  const alone = bodies.filter((q) => markers(q) === 1);
  expect(new Set(batches).size).toBe(batches.length - 1); // only the 503 one was sent twice
  expect(alone.length).toBeGreaterThan(0); // lost and repeated markers asked again, one by one
  await expect(page.locator('#titre')).toHaveText('es7 es4 es2 es2 es5'); // "#es7" lost its mark
  expect(bodies.join('')).not.toContain('Jeanne Dupuis');
});

test('test double (wrong answers): another language or the source sent back is refused; the page stays fully original with a plain message; Retry works', async ({ page, baseURL, consoleLog }) => {
  const base = `${baseURL}/fake-wrong/`;
  let mode: 'cyrillic' | 'echo' | 'good' = 'cyrillic';
  await jsonDouble(page, base, () =>
    mode === 'cyrillic' ? (f) => wordsTo(f, () => 'слово') : mode === 'echo' ? (f) => f : (f) => toSpanish(f),
  );
  await configure(page, jsonConfig(base));
  await preConsent(page, new URL(base).host);
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);
  const note = page.locator('clair-translate-note');

  await setSetting(page, 'translate', 'es');
  expect((await waitPhase(page, ['error'])).error).toBe('wrongLanguage');
  expect(await pageSnapshot(page)).toEqual(before);
  await expect(note.getByRole('alert')).toHaveText('El servicio de traducción respondió en otro idioma. La página se queda en su idioma original.');
  expect((await axe(page).include('clair-translate-note').analyze()).violations).toEqual([]);

  mode = 'echo';
  await note.getByRole('button', { name: 'Reintentar' }).click();
  expect((await waitPhase(page, ['error'])).error).toBe('wrongLanguage');

  mode = 'good';
  await note.getByRole('button', { name: 'Reintentar' }).click();
  await waitPhase(page, ['done']);
  await expect(page.locator('#titre')).toHaveText('es7 es4 es2 es2 es5');

  await note.getByRole('button', { name: 'Mostrar el original' }).click();
  await expect(note).toHaveCount(0);
  expect(await pageSnapshot(page)).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('translate'))).toBe('off');
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('test double (network): timeout, 4xx, 5xx, a 503 retried, offline: each its own message, the page fully original', async ({ page, baseURL, context }) => {
  test.setTimeout(120_000);
  const base = `${baseURL}/fake-net/`;
  let mode: 'hang' | 'offline' | 400 | 500 | 503 | 'ok' = 'ok';
  // 503 mode: each request fails the first time it is seen, then succeeds (a retry).
  const seen = new Set<string>();
  const calls = await jsonDouble(page, base, () => {
    if (mode !== 503) return mode === 'ok' ? (f) => toSpanish(f) : mode;
    const key = JSON.stringify(calls[calls.length - 1]);
    if (seen.has(key)) return (f) => toSpanish(f);
    seen.add(key);
    return 503;
  });
  await configure(page, { translation: { engines: [{ type: 'json', url: base, timeout: 1500, languages: ['es', 'pt'] }] } });
  await preConsent(page, new URL(base).host);
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);
  const alert = page.locator('clair-translate-note').getByRole('alert');
  const attempt = async (expected: string, text: RegExp, lang = 'es') => {
    await setSetting(page, 'translate', lang);
    expect((await waitPhase(page, ['error', 'done'])).error).toBe(expected);
    await expect(alert).toHaveText(text);
    expect(await pageSnapshot(page)).toEqual(before); // fully original while the message shows
    await setSetting(page, 'translate', 'off');
    expect(await pageSnapshot(page)).toEqual(before);
  };
  mode = 'hang';
  await attempt('timeout', /no respondió a tiempo/);
  mode = 400;
  await attempt('client', /rechazó la solicitud \(error 400\)/);
  mode = 500;
  await attempt('server', /no funciona \(error 500\)/);
  // 503 once, then an answer: retried, translated.
  mode = 503;
  await setSetting(page, 'translate', 'es');
  await waitPhase(page, ['done']);
  await setSetting(page, 'translate', 'off');
  mode = 'offline';
  await context.setOffline(true);
  // Spanish is now in the device cache (offline is fine for it); Portuguese must be asked for.
  // Offline, the Portuguese strings cannot load either: the message falls back to French, Clair's source language.
  await attempt('offline', /^Vous êtes hors ligne : la traduction est impossible pour le moment\. La page reste dans sa langue d'origine\.$/, 'pt');
  await context.setOffline(false);
  expect(calls.length).toBeGreaterThan(0);
});

test('a server that refuses this site (CORS) is told apart from an unreachable one', async ({ page, baseURL }) => {
  // Not routed: the test server on another origin (localhost) answers without Access-Control-Allow-Origin.
  const other = baseURL!.replace('127.0.0.1', 'localhost');
  await configure(page, {
    translation: { engines: [{ type: 'json', url: `${other}/fake-cors/`, languages: ['es'], timeout: 5000 }] },
  });
  await preConsent(page, new URL(other).host);
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);
  await setSetting(page, 'translate', 'es');
  expect((await waitPhase(page, ['error'])).error).toBe('cors');
  await expect(page.locator('clair-translate-note').getByRole('alert')).toContainText('rechaza las solicitudes de este sitio');
  await setSetting(page, 'translate', 'off');
  expect(await pageSnapshot(page)).toEqual(before);
});

test('an unreachable engine host gets its own message', async ({ page }) => {
  await configure(page, { translation: { engines: [{ type: 'json', url: 'http://127.0.0.2:9/mt/', languages: ['es'], timeout: 5000 }] } });
  await preConsent(page, '127.0.0.2:9');
  await gotoClair(page, FIXTURE);
  const before = await pageSnapshot(page);
  await setSetting(page, 'translate', 'es');
  expect((await waitPhase(page, ['error'])).error).toBe('unreachable');
  await expect(page.locator('clair-translate-note').getByRole('alert')).toContainText('No se puede contactar con el servicio de traducción (127.0.0.2:9)');
  await page.locator('clair-translate-note').getByRole('button', { name: 'Cerrar' }).click();
  await expect(page.locator('clair-translate-note')).toHaveCount(0);
  expect(await pageSnapshot(page)).toEqual(before);
});
