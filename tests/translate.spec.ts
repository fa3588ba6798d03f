/**
 * Page translation through the REAL Apertium APy server (fr→es), on the demo's French pages and a
 * fixture with shadow roots, a same-origin iframe and every kind of text Clair must leave alone.
 * Golden strings are APy's deterministic output for this package version.
 */
import { axe, axeClair, configure, expect, gotoClair, openPanel, panel, setSetting, test, violationCounts } from './helpers/clair';
import { corpusUrl } from './helpers/corpus';
import { apyHost, apyUrl, captureRequests, pageSnapshot, preConsent, recordTranslation, waitPhase, warmApy } from './helpers/apy';

const apertium = () => ({ translation: { engines: [{ type: 'apertium', url: apyUrl() }] } });

test.beforeAll(async () => {
  await warmApy();
});

test.beforeEach(async ({ page }) => {
  await configure(page, apertium());
  await recordTranslation(page);
});

test('fixture: runs keep their markup, attributes are translated, skipped text stays, shadow roots and iframes, exact restore', async ({ page, consoleLog }) => {
  test.setTimeout(120_000);
  await preConsent(page, apyHost());
  const sent = captureRequests(page, apyHost());
  await gotoClair(page, '/tests/fixtures/translate.html?clair');
  await page.locator('#nom').fill('Martin');
  await page.locator('#choix').selectOption('nord');
  await page.locator('#nom').focus();
  const before = await pageSnapshot(page);
  const linkBefore = await page.locator('#lien').evaluate((a) => ((window as unknown as { __lien: Element }).__lien = a) && a.outerHTML);

  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page);
  expect(done.failed).toBe(0);

  // Running text, its inline markup (same link element: listeners and references survive), lang.
  await expect(page.locator('#titre')).toHaveText('Tomar cura de su salud');
  await expect(page.locator('#titre')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#intro em')).toHaveCount(1);
  expect(await page.locator('#lien').evaluate((a) => a === (window as unknown as { __lien: Element }).__lien)).toBe(true);
  await expect(page.locator('#intro')).toHaveText('Las vacunas protegen contra las enfermedades graves. Hablad con vuestra médica durante la próxima consulta.');
  // Attributes, title and button value.
  await expect(page.locator('#image')).toHaveAttribute('alt', 'Una enfermera prepara una vacuna');
  await expect(page.locator('#nom')).toHaveAttribute('placeholder', 'Escribid vuestro nombre de familia');
  await expect(page.locator('#bouton')).toHaveAttribute('value', 'Enviar la demanda');
  await expect(page.locator('#fermer')).toHaveAttribute('aria-label', 'Cerrar la ventana');
  await expect(page.locator('nav a').first()).toHaveAttribute('title', 'Leer los consejos de salud');
  expect(await page.title()).toBe('Tomar cura de su salud');
  // Shadow root and same-origin iframe.
  await expect(page.locator('#dans-ombre')).toHaveText('Lavaos las manos antes cada comida.');
  await expect(page.frameLocator('#cadre').locator('#dans-cadre')).toHaveText('Bebed mucha agua durante la jornada.');
  await expect(page.frameLocator('#cadre').locator('#dans-cadre')).toHaveAttribute('lang', 'es');
  // Left alone: translate="no" (marked as French), .notranslate, kbd/code, pre, private, editable,
  // another language, text without letters, a named submit's value, an option whose text is its value.
  await expect(page.locator('#marque span[translate="no"]')).toHaveText('Centre des Tilleuls');
  await expect(page.locator('#marque span[translate="no"]')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#note')).toHaveText('Ce paragraphe reste en français.');
  await expect(page.locator('#commande kbd')).toHaveText('Entrée');
  await expect(page.locator('#commande code')).toHaveText('vaccin --liste');
  await expect(page.locator('#bloc')).toHaveText('La liste des vaccins obligatoires');
  await expect(page.locator('#prive')).toHaveText('Dossier de Jeanne Dupuis, née le 3 mars 1950.');
  await expect(page.locator('#edition')).toHaveText('Votre texte personnel ici.');
  await expect(page.locator('nav a[lang="en"]')).toHaveText('Contact us');
  await expect(page.locator('#envoi')).toHaveValue('Valider le formulaire');
  await expect(page.locator('#choix option').first()).toHaveText('Centre de la gare');
  // Form values untouched, focus kept.
  await expect(page.locator('#nom')).toHaveValue('Martin');
  await expect(page.locator('#message')).toHaveValue('Texte déjà saisi par la personne');
  await expect(page.locator('#choix')).toHaveValue('nord');
  await expect(page.locator('#nom')).toBeFocused();

  // Nothing that must stay private or untranslated reached the engine.
  const all = sent.bodies.join('\n');
  for (const secret of ['Jeanne Dupuis', 'Martin', 'Texte déjà saisi', 'Centre des Tilleuls', 'vaccin --liste', 'Entrée', 'texte personnel', 'Contact us', 'Valider le formulaire', 'Centre de la gare']) {
    expect(all, `"${secret}" must not be sent`).not.toContain(secret);
  }

  // The note says it is machine translated, in Spanish, with the original one action away.
  const note = page.locator('clair-translate-note');
  await expect(note.getByRole('region')).toContainText('Apertium');
  await expect(note.getByRole('button', { name: 'Mostrar el original' })).toBeVisible();
  expect((await axe(page).include('clair-translate-note').analyze()).violations).toEqual([]);

  await setSetting(page, 'translate', 'off');
  expect(await pageSnapshot(page)).toEqual(before);
  expect(await page.locator('#lien').evaluate((a) => a.outerHTML)).toBe(linkBefore);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('rendez-vous: the language list loads on open, the remote host is named first, private zones are never sent, Show original restores exactly', async ({ page, consoleLog }) => {
  test.setTimeout(180_000);
  const sent = captureRequests(page, apyHost());
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/esm\/(catalog|translate|source)-/.test(r.url())) chunks.push(r.url());
  });
  await gotoClair(page, '/demo/rendez-vous.html');
  await page.locator('#nom').fill('Dupont');
  await page.locator('#email').fill('jeanne.dupont@example.org');
  const before = await pageSnapshot(page);
  const axeBefore = await violationCounts(page, { exclude: 'clair-toolbar' });

  await openPanel(page, { expandAll: false });
  await panel(page).locator('#g-translate').click();
  expect(chunks.filter((u) => !u.includes('translate-control'))).toEqual([]); // nothing of the engines yet
  const toggle = panel(page).getByRole('button', { name: /Traduire la page/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = panel(page).getByRole('list', { name: 'Langues disponibles' });
  const spanish = list.getByRole('button', { name: 'Español' });
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(list.getByRole('button', { name: 'Français (original)' })).toHaveAttribute('aria-pressed', 'true');
  expect(chunks.some((u) => u.includes('/catalog-'))).toBe(true);
  expect((await axeClair(page).analyze()).violations).toEqual([]);

  // Named before first use; nothing is sent before the yes.
  await spanish.click();
  const question = panel(page).locator('clair-translate-control').getByRole('group');
  await expect(question).toContainText(`envoyé à ${apyHost()}`);
  await expect(question.getByRole('button', { name: 'Envoyer et traduire' })).toBeFocused();
  expect(sent.bodies.filter((b) => b.includes('/translate'))).toEqual([]);
  expect((await axeClair(page).analyze()).violations).toEqual([]);
  await question.getByRole('button', { name: 'Envoyer et traduire' }).click();
  await waitPhase(page);

  await expect(page.locator('h1')).toHaveText('Pedir una cita');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.callout-title').first()).toHaveText('Este formulario no es hecho para las urgencias');
  await expect(page.locator('[data-clair-private]')).toContainText('Demande effectuée depuis votre espace patient.');
  await expect(page.locator('.required-note [translate="no"]')).toHaveText('CDS-TIL-0427');
  await expect(page.locator('#nom')).toHaveValue('Dupont');
  await expect(panel(page).getByRole('button', { name: 'Afficher l’original' }).or(panel(page).getByRole('button', { name: "Afficher l'original" }))).toBeVisible();
  await expect(spanish).toHaveAttribute('aria-pressed', 'true');

  const all = sent.bodies.join('\n');
  for (const secret of ['Claire Martin', '12345', 'Demande effectuée', 'CDS-TIL-0427', 'Dupont', 'jeanne.dupont']) {
    expect(all, `"${secret}" must never reach the engine`).not.toContain(secret);
  }
  for (const r of sent.requests.filter((q) => q.url().endsWith('/translate'))) {
    expect(new URLSearchParams(r.postData() ?? '').get('q')?.length ?? 0).toBeLessThanOrEqual(4000);
    expect(r.headers()['referer'] ?? '').toBe(''); // the page address is not sent either
  }

  // Translated, the page has no accessibility problem it did not have before; nor has Clair.
  const axeAfter = await violationCounts(page, { exclude: 'clair-toolbar' });
  for (const [rule, nodes] of Object.entries(axeAfter)) expect(nodes, rule).toBeLessThanOrEqual(axeBefore[rule] ?? 0);
  expect((await axeClair(page).analyze()).violations).toEqual([]);

  await panel(page).getByRole('button', { name: /Afficher l.original/ }).click();
  await expect(page.locator('clair-translate-note')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Demander un rendez-vous');
  const after = await pageSnapshot(page);
  expect({ ...after, focus: '' }).toEqual({ ...before, focus: '' });
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('dossier médical (≥ 5,000 words): every passage comes back translated in ≤ 4,000-character requests, ≤ 2 in flight; the choice persists and the cache answers a repeat visit', async ({ page, consoleLog }) => {
  test.setTimeout(150_000);
  await preConsent(page, apyHost());
  const sent = captureRequests(page, apyHost());
  let inFlight = 0;
  let maxInFlight = 0;
  const isTranslate = (u: string) => u.startsWith(apyUrl()) && u.endsWith('/translate');
  page.on('request', (r) => {
    if (isTranslate(r.url())) maxInFlight = Math.max(maxInFlight, ++inFlight);
  });
  const settle = (r: { url(): string }) => {
    if (isTranslate(r.url())) inFlight--;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  await gotoClair(page, '/demo/dossier-medical.html');
  const words = await page.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  expect(words).toBeGreaterThanOrEqual(5000);
  // The passages of the main text (5 words or more), held by reference to compare before and after.
  const passages = () =>
    page.evaluate(() => {
      const w = window as unknown as { __passages?: Element[] };
      w.__passages ??= Array.from(document.querySelectorAll('main p, main li, main h2, main h3, main td, main th, main dd, main dt')).filter(
        (el) => !el.closest('[translate="no"], [data-clair-private], code, pre') && (el.textContent ?? '').trim().split(/\s+/).length >= 5,
      );
      return w.__passages.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    });
  const french = await passages();
  // The visitor is reading the middle of the page: that part is sent first.
  await page.locator('#alimentation').evaluate((h) => h.scrollIntoView({ block: 'start' }));

  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page, ['done', 'error'], 120_000);
  expect(done.phase).toBe('done');
  expect(done.failed).toBe(0);
  expect(done.done).toBe(done.total);
  await expect(page.locator('h1')).toHaveText('Vivir con un diabète de tipo 2 : el guía del paciente');
  await expect(page.locator('#sources')).toHaveText('Para ir más lejos'); // the tail of the page came back too
  const spanish = await passages();
  expect(spanish).toHaveLength(french.length);
  const untouched = french.filter((t, i) => spanish[i] === t);
  expect(untouched, 'passages left in French').toEqual([]);

  const calls = sent.requests.filter((r) => isTranslate(r.url()));
  expect(calls.length).toBeGreaterThan(3);
  const qs = calls.map((r) => new URLSearchParams(r.postData() ?? '').get('q') ?? '');
  for (const q of qs) expect(Buffer.byteLength(q)).toBeLessThanOrEqual(4000); // one APy chunk each
  expect(maxInFlight).toBeLessThanOrEqual(2);
  expect(qs[0]).toContain('L’alimentation au quotidien');
  expect(qs[0]).not.toContain('Le diabète de type');
  expect(qs.findIndex((q) => q.includes('Quels sont les symptômes'))).toBeGreaterThan(0);

  // The limit is real: the same text in one request loses its tail in APy.
  const whole = qs.join('');
  const direct = await fetch(`${apyUrl()}translate`, { method: 'POST', body: new URLSearchParams({ langpair: 'fra|spa', q: whole, markUnknown: 'no' }) });
  const text = ((await direct.json()) as { responseData: { translatedText: string } }).responseData.translatedText;
  expect((text.match(/<p i=/g) ?? []).length).toBeLessThan((whole.match(/<p i=/g) ?? []).length);

  // The next page of the site opens translated, without asking again.
  await page.evaluate(() => ((window as unknown as { __translation: unknown[] }).__translation = []));
  await page.goto('/demo/vaccination.html');
  await waitPhase(page);
  await expect(page.locator('h1')).toHaveText('El calendario de las vacunaciones y la gripe estacional');
  await expect(page.locator('clair-translate-note').getByRole('group')).toHaveCount(0);

  // Back to the long page: everything from the device cache, no request at all.
  const before = sent.requests.length;
  await page.goto('/demo/dossier-medical.html');
  const repeat = await waitPhase(page);
  expect(repeat.failed).toBe(0);
  await expect(page.locator('#sources')).toHaveText('Para ir más lejos');
  expect(sent.requests.length).toBe(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('espace patient (single-page app): new views and "load more" are translated as they appear, in batches; Show original gives the page back', async ({ page, consoleLog }) => {
  await preConsent(page, apyHost());
  const sent = captureRequests(page, apyHost());
  await gotoClair(page, '/demo/app.html');
  await setSetting(page, 'translate', 'es');
  await waitPhase(page);
  await expect(page.locator('main h1')).toHaveText('Mis citas');

  // A new view, whose results arrive 500 ms later.
  await page.locator('a[data-route="resultats"]').click();
  await expect(page.locator('main h1')).toHaveText('Mis resultados');
  await expect(page.locator('main table caption').first()).toHaveText('Resultados del balance sanguíneo del 12 de septiembre');

  // Messages, then "load more" until the end: each addition is one batch.
  await page.locator('a[data-route="messages"]').click();
  await expect(page.locator('main h1')).toHaveText('Mis mensajes');
  await expect(page.locator('[data-load-more]')).toHaveText('Cargar más mensajes');
  const beforeMore = sent.requests.length;
  const item = (n: number) => page.locator(`[data-messages-list] > li:nth-child(${n})`);
  await page.locator('[data-load-more]').click();
  await expect(page.locator('[data-messages-list] > li')).toHaveCount(6);
  await expect(item(6).locator('h2')).toHaveText('Vuestro protocolo de curas ha sido aceptado');
  expect(sent.requests.length - beforeMore).toBeLessThanOrEqual(2);
  await page.locator('[data-load-more]').click();
  await expect(page.locator('[data-messages-list] > li')).toHaveCount(9);
  await expect(item(8).locator('h2')).toHaveText('Bienvenida en vuestro espacio paciente');
  await expect(item(9).locator('p').first()).toContainText('La declaración ha sido transmitida al Seguro Enfermedad.');
  // The app moved focus to the first new message: translation keeps it there.
  await expect(item(7).locator('h2')).toBeFocused();
  expect(sent.bodies.join('\n')).not.toContain('Claire Martin');

  await setSetting(page, 'translate', 'off');
  await expect(page.locator('main h1')).toHaveText('Mes messages');
  await expect(item(9).locator('h2')).toHaveText('Déclaration de médecin traitant');
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Mis mensajes|Cargar más|vuestro/);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test("site translations first, the real engine for the rest: what the site covers never reaches APy", async ({ page }) => {
  await preConsent(page, apyHost());
  const sent = captureRequests(page, apyHost());
  await configure(page, {
    translation: { engines: [{ type: 'site', url: '/tests/fixtures/clair-translations/', languages: ['es'] }, { type: 'apertium', url: apyUrl() }] },
  });
  await gotoClair(page, '/tests/fixtures/translate-site.html?clair');
  await setSetting(page, 'translate', 'es');
  const done = await waitPhase(page);
  expect(done.failed).toBe(0);
  await expect(page.locator('h1')).toHaveText('Horario del centro');
  await expect(page.locator('#manque')).toHaveText('Este pasaje no ha todavía de traducción validada.');
  const body = sent.bodies.filter((b) => b.includes('/translate')).join('\n');
  expect(body).toContain('Ce passage');
  expect(body).not.toContain('Horaires du centre');
  expect(body).not.toContain('ouvert du lundi');
  // Machine translation was used for part of the page: the note says so.
  await expect(page.locator('clair-translate-note').getByRole('region')).toContainText('Apertium');
});

// A representative subset of the corpus (French and English pages, the largest with forms): with the
// page translated, no accessibility violation appears that the page did not already have, and
// "Show original" gives the page back exactly.
for (const id of ['mcc-cas-contact-a-risque', 'nhs-pregnancy']) {
  test(`corpus ${id}: translated through APy, no new axe violations, exact restore`, async ({ page, consoleLog }) => {
    test.setTimeout(180_000);
    await preConsent(page, apyHost());
    await gotoClair(page, corpusUrl(id));
    const before = await pageSnapshot(page);
    const axeBefore = await violationCounts(page, { exclude: 'clair-toolbar' });
    await setSetting(page, 'translate', 'es');
    const done = await waitPhase(page, ['done', 'error'], 120_000);
    expect(done.phase).toBe('done');
    expect(done.failed).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[lang="es"]').length)).toBeGreaterThan(10);
    const axeAfter = await violationCounts(page, { exclude: 'clair-toolbar' });
    for (const [rule, nodes] of Object.entries(axeAfter)) expect(nodes, rule).toBeLessThanOrEqual(axeBefore[rule] ?? 0);
    await setSetting(page, 'translate', 'off');
    expect(await pageSnapshot(page)).toEqual(before);
    expect(consoleLog.clairErrors()).toEqual([]);
  });
}
