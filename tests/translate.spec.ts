/**
 * Page translation through the REAL Apertium APy server (fr→es), on the demo's French pages and a
 * fixture with shadow roots, a same-origin iframe and every kind of text Clair must leave alone.
 * Golden strings are APy's deterministic output for this package version.
 */
import { axe, axeClair, configure, expect, gotoClair, openPanel, panel, setSetting, test } from './helpers/clair';
import { apyHost, apyUrl, captureRequests, pageSnapshot, preConsent, recordTranslation, violationCounts, waitPhase, warmApy } from './helpers/apy';

const apertium = () => ({ translation: { engines: [{ type: 'apertium', url: apyUrl() }] } });

test.beforeAll(async () => {
  await warmApy();
});

test.beforeEach(async ({ page }) => {
  await configure(page, apertium());
  await recordTranslation(page);
});

test('fixture: runs keep their markup, attributes are translated, skipped text stays, shadow roots and iframes, exact restore', async ({ page, consoleLog }) => {
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
