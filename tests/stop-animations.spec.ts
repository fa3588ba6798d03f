/**
 * Stop animations: CSS animations and transitions, script and SVG animations, videos that play on
 * their own, animated GIFs (first frame, same <img>), smooth scrolling; content added later; back
 * exactly as before on reset. Offered first, never switched on, when the device asks for less motion.
 */
import type { Page } from '@playwright/test';
import { axeClair, expect, gotoClair, openPanel, panel, resetAll, setSetting, test } from './helpers/clair';
import { snapshot } from './helpers/aids';

const FIXTURE = '/tests/fixtures/visual-aids.html';

/** Colour at the centre of an element as painted on screen (a real screenshot, read back). */
async function paintedColour(page: Page, selector: string): Promise<string> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = (await page.locator(selector).boundingBox())!;
  const png = await page.screenshot({ clip: { x: box.x + box.width / 2 - 1, y: box.y + box.height / 2 - 1, width: 2, height: 2 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
  }, png.toString('base64'));
}

const RED = '208,16,16';
const BLUE = '16,64,208';

const waitFrames = (page: Page, n: number) =>
  page.evaluate((count) => new Promise<void>((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);

test('stops CSS, script and SVG animations, autoplaying video, the GIF and smooth scrolling; reset restores all', async ({ page, consoleLog }) => {
  test.slow(); // many real screenshots
  await gotoClair(page, FIXTURE);
  // Moving before: the spinner turns, the video plays, the GIF changes frames.
  await page.evaluate(() => {
    const w = window as unknown as { scripted: Animation };
    w.scripted = document.getElementById('slide')!.animate([{ opacity: 1 }, { opacity: 0.5 }], { duration: 1000, iterations: Infinity });
  });
  await expect.poll(() => page.evaluate(() => !(document.getElementById('clip') as HTMLVideoElement).paused)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.getAnimations().some((a) => (a as CSSAnimation).animationName === 'spin' && a.playState === 'running'))).toBe(true);
  const seen = new Set<string>();
  await expect.poll(async () => [...seen.add(await paintedColour(page, '#gif'))].sort(), { timeout: 60_000 }).toEqual([BLUE, RED]);
  const before = await snapshot(page);

  await setSetting(page, 'stopAnimations', true);

  // CSS: paused at the end state (the fade-in is fully visible, the spinner at rest).
  const spinner = await page.evaluate(() => {
    const cs = getComputedStyle(document.getElementById('spinner')!);
    return { state: cs.animationPlayState, transform: cs.transform, fade: getComputedStyle(document.getElementById('fade')!).opacity };
  });
  expect(spinner).toEqual({ state: 'paused', transform: 'none', fade: '1' });
  expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => a.constructor.name))).toEqual([]);
  // Transitions end within a frame or two (1 ms) instead of 2 s, and still fire transitionend.
  const moved = await page.evaluate(() => new Promise<{ ms: number; transform: string }>((resolve) => {
    const el = document.getElementById('slide')!;
    const start = performance.now();
    el.addEventListener('transitionend', () => resolve({ ms: performance.now() - start, transform: getComputedStyle(el).transform }), { once: true });
    el.classList.add('moved');
  }));
  expect(moved.transform).toBe('matrix(1, 0, 0, 1, 200, 0)');
  expect(moved.ms).toBeLessThan(1000);
  await page.evaluate(() => document.getElementById('slide')!.classList.remove('moved'));
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  // Script animation, SVG animation, video.
  expect(await page.evaluate(() => (window as unknown as { scripted: Animation }).scripted.playState)).toBe('paused');
  expect(await page.evaluate(() => (document.getElementById('smil') as unknown as SVGSVGElement).animationsPaused())).toBe(true);
  expect(await page.evaluate(() => (document.getElementById('clip') as HTMLVideoElement).paused)).toBe(true);

  // The GIF shows its first frame, still the same <img> with its alt text.
  await expect(page.locator('#gif')).toHaveAttribute('data-clair-still', /\d+/);
  await expect(page.getByRole('img', { name: 'Chargement en cours' })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    expect(await paintedColour(page, '#gif')).toBe(RED);
    await waitFrames(page, 4);
  }

  // A video the visitor starts (a click) plays.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'play';
    button.textContent = 'Lire';
    button.addEventListener('click', () => void (document.getElementById('clip') as HTMLVideoElement).play());
    document.body.append(button);
  });
  await page.locator('#play').click();
  await expect.poll(() => page.evaluate(() => !(document.getElementById('clip') as HTMLVideoElement).paused)).toBe(true);
  await page.evaluate(() => {
    (document.getElementById('clip') as HTMLVideoElement).pause();
    document.getElementById('play')!.remove();
  });
  // A page script (no visitor gesture) starting it again is paused.
  // (Playwright's evaluate() counts as a user gesture: opening and closing a blank window uses it
  // up, so the play() below comes from the page alone, like an autoplay.)
  await page.evaluate(() => {
    window.open('about:blank')?.close();
    void (document.getElementById('clip') as HTMLVideoElement).play();
  });
  await expect.poll(() => page.evaluate(() => (document.getElementById('clip') as HTMLVideoElement).paused)).toBe(true);

  await resetAll(page);
  await expect.poll(() => page.evaluate(() => !(document.getElementById('clip') as HTMLVideoElement).paused)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { scripted: Animation }).scripted.playState)).toBe('running');
  expect(await page.evaluate(() => (document.getElementById('smil') as unknown as SVGSVGElement).animationsPaused())).toBe(false);
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('spinner')!).animationPlayState)).toBe('running');
  expect(await snapshot(page)).toEqual(before);
  expect(consoleLog.clairErrors()).toEqual([]);
});

test('content added later: new GIFs, SVG animations and autoplaying videos are stopped as they arrive', async ({ page }) => {
  await gotoClair(page, FIXTURE);
  await setSetting(page, 'stopAnimations', true);
  await page.evaluate(() => {
    window.open('about:blank')?.close(); // no visitor gesture from here on (see the test above)
    const box = document.createElement('div');
    box.id = 'later';
    const img = document.createElement('img');
    img.id = 'gif2';
    img.alt = 'Sablier';
    img.width = 40;
    img.height = 40;
    img.src = 'visual-aids/spinner.gif?later';
    const svg = document.querySelector('#smil')!.cloneNode(true) as Element;
    svg.id = 'smil2';
    const video = document.createElement('video');
    video.id = 'clip2';
    video.muted = true;
    video.autoplay = true;
    video.addEventListener('play', () => video.setAttribute('data-played', ''), { once: true });
    const canvas = document.createElement('canvas');
    const paint = canvas.getContext('2d')!;
    // A canvas stream only has frames while the canvas is drawn on.
    setInterval(() => paint.fillRect(0, 0, Math.random() * 10, 10), 50);
    video.srcObject = canvas.captureStream(10);
    box.append(img, svg);
    document.querySelector('main')!.append(box);
    // On screen: Chromium does not autoplay muted videos that are out of view.
    document.getElementById('clip')!.after(video);
  });
  await expect(page.locator('#gif2')).toHaveAttribute('data-clair-still', /\d+/);
  expect(await paintedColour(page, '#gif2')).toBe(RED);
  // A GIF inside a web component's open shadow root.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'widget';
    const img = document.createElement('img');
    img.width = 40;
    img.height = 40;
    img.alt = 'Sablier';
    img.src = 'visual-aids/spinner.gif?shadow';
    host.attachShadow({ mode: 'open' }).append(img);
    document.getElementById('gif')!.after(host);
  });
  await expect.poll(() => page.locator('#widget').evaluate((el) => el.shadowRoot!.querySelector('img')!.getAttribute('data-clair-still'))).toMatch(/\d+/);
  expect(await paintedColour(page, '#widget img')).toBe(RED);
  await expect.poll(() => page.evaluate(() => (document.getElementById('smil2') as unknown as SVGSVGElement).animationsPaused())).toBe(true);
  // The autoplay attempt is caught by its `play` event and paused.
  await expect.poll(() => page.evaluate(() => {
    const v = document.getElementById('clip2') as HTMLVideoElement;
    return v.hasAttribute('data-played') && v.paused;
  })).toBe(true);
  // A new source on a stilled image: the still follows the new image.
  await page.locator('#gif2').evaluate((img: HTMLImageElement) => (img.src = 'visual-aids/spinner.gif?other'));
  await expect(page.locator('#gif2')).toHaveAttribute('data-clair-still', /\d+/);

  await resetAll(page);
  await expect(page.locator('[data-clair-still]')).toHaveCount(0);
  expect(await page.locator('#widget').evaluate((el) => el.shadowRoot!.querySelector('img')!.hasAttribute('data-clair-still'))).toBe(false);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});

test('with prefers-reduced-motion the panel offers "Stop animations" first, without turning it on', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoClair(page, FIXTURE);
  const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);
  // The "See" group opens by itself (it holds a suggestion), the suggestion first in it.
  await openPanel(page, { expandAll: false });
  await expect(panel(page).getByRole('button', { name: 'Voir', exact: true })).toHaveAttribute('aria-expanded', 'true');
  const see = panel(page).locator('section').filter({ has: page.getByRole('button', { name: 'Voir', exact: true }) });
  const first = see.getByRole('switch').first();
  await expect(first).toHaveAccessibleName('Arrêter les animations');
  await expect(first).toHaveAttribute('aria-checked', 'false');
  await expect(first).toHaveAccessibleDescription(/Suggéré : votre appareil demande moins de mouvement\./);
  expect(await page.evaluate(() => (window as unknown as { Clair: { get(k: string): unknown } }).Clair.get('stopAnimations'))).toBe(false);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheets);
  expect((await axeClair(page).analyze()).violations).toEqual([]);

  // Without the preference: no note, registry order.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await openPanel(page, { expandAll: false });
  await panel(page).getByRole('button', { name: 'Voir', exact: true }).click();
  await expect(panel(page).getByText('Suggéré : votre appareil demande moins de mouvement.')).toHaveCount(0);
  await expect(panel(page).getByRole('switch', { name: 'Arrêter les animations' })).toBeVisible();
});
