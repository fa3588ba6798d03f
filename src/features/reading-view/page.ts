/**
 * What the reading view needs from the live page, read only (nothing here changes the page):
 * the main content element, the forms inside it, the site's name and its main navigation.
 */
import { isClairNode } from '../../core/clair-node.js';

export interface NavLink {
  readonly text: string;
  readonly href: string;
}

export interface PageForm {
  readonly form: HTMLFormElement;
  readonly name: string;
}

const MAIN = 'main, [role="main"]';
const OUTSIDE_CONTENT = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"], search';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rendered = (el: Element) => el.getClientRects().length > 0;

/** The page's main landmark (the first one shown), when it holds a real amount of text. */
export function findMain(doc: Document): HTMLElement | null {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(MAIN))) {
    if (!isClairNode(el) && rendered(el)) return clean(el.textContent).length >= 200 ? el : null;
  }
  return null;
}

/** Text of the elements an aria-labelledby attribute points to. */
function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
}

export function accessibleLabel(el: Element): string {
  return labelledBy(el) || clean(el.getAttribute('aria-label'));
}

/** A site search is not a form the visitor could lose: it is left to the page's own header. */
function isSearch(form: HTMLFormElement): boolean {
  if (form.matches('[role="search"], search *') || form.closest('[role="search"]')) return true;
  const fields = form.querySelectorAll('input:not([type="hidden"]):not([type="submit"]), select, textarea');
  return fields.length <= 2 && !!form.querySelector('input[type="search"], input[name="q"], input[name="s"]');
}

/** The closest heading before `el` (previous siblings, then those of its ancestors). */
function headingBefore(el: Element, limit = 12): string {
  let node: Element | null = el;
  for (let steps = 0; node && steps < limit; steps++) {
    const prev: Element | null = node.previousElementSibling;
    if (!prev) {
      node = node.parentElement;
      continue;
    }
    if (/^H[1-6]$/.test(prev.tagName)) return clean(prev.textContent);
    node = prev;
  }
  return '';
}

function formName(form: HTMLFormElement): string {
  const submit = form.querySelector('button[type="submit"], button:not([type]), input[type="submit"]');
  return (
    accessibleLabel(form) ||
    clean(form.querySelector('legend')?.textContent) ||
    clean(form.querySelector('h1, h2, h3, h4, h5, h6')?.textContent) ||
    headingBefore(form) ||
    clean(submit instanceof HTMLInputElement ? submit.value : submit?.textContent)
  ).slice(0, 120);
}

/**
 * Forms of the main content (booking, contact...): the reading view never copies them, it offers
 * to go to the real one. A form that wraps the whole page (some CMSs do that) is not one of them.
 */
export function contentForms(doc: Document, main: HTMLElement | null): PageForm[] {
  const scope = main ?? doc.body;
  return Array.from(scope.querySelectorAll('form'))
    .filter((form) => !isClairNode(form) && !isSearch(form) && rendered(form))
    .filter((form) => !!main || !form.closest(OUTSIDE_CONTENT))
    .map((form) => ({ form, name: formName(form) }));
}

const NOT_MAIN_NAV = /breadcrumb|ariane|pagination|pied|footer|secondaire|secondary|sommaire|table of contents|on this page|dans cette page|in this section|étapes|steps/i;
const MAIN_NAV = /princip|main|primary|menu|site/i;

/** Links of the site's main navigation, so a visitor in the reading view can move on. */
export function mainNavLinks(doc: Document, limit = 40): NavLink[] {
  let best: Element | null = null;
  let bestScore = 0;
  for (const nav of Array.from(doc.querySelectorAll('nav, [role="navigation"]'))) {
    if (isClairNode(nav) || nav.closest(MAIN)) continue;
    const links = nav.querySelectorAll('a[href]').length;
    if (links < 2) continue;
    const label = accessibleLabel(nav) + ' ' + nav.id + ' ' + nav.className;
    let score = Math.min(links, 30);
    if (nav.closest('header, [role="banner"]')) score += 20;
    if (MAIN_NAV.test(label)) score += 30;
    if (NOT_MAIN_NAV.test(label)) score -= 100;
    if (nav.closest('footer, [role="contentinfo"]')) score -= 15;
    if (score > bestScore) [best, bestScore] = [nav, score];
  }
  best ??= doc.querySelector('header, [role="banner"]');
  if (!best) return [];
  const seen = new Set<string>();
  const result: NavLink[] = [];
  for (const a of Array.from(best.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const text = accessibleLabel(a) || clean(a.textContent) || clean(a.querySelector('img')?.alt);
    if (!text || !/^https?:$/.test(a.protocol) || seen.has(a.href + text)) continue;
    seen.add(a.href + text);
    result.push({ text, href: a.href });
    if (result.length >= limit) break;
  }
  return result;
}

/** The site's name: metadata first, then the title's suffix ("Page – Site"), then the header's home link. */
export function siteName(doc: Document, fromMetadata: string | null | undefined): string {
  const meta = clean(fromMetadata) || clean(doc.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content);
  if (meta) return meta;
  const parts = doc.title.split(/\s[|–—-]\s/);
  const suffix = clean(parts[parts.length - 1]);
  if (parts.length > 1 && suffix.length <= 60) return suffix;
  const banner = doc.querySelector('header, [role="banner"]');
  const home = Array.from(banner?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []).find(
    (a) => a.pathname === '/' || a.rel === 'home' || /logo|brand|home|accueil/i.test(a.className) || /\/index\.html?$/.test(a.pathname),
  );
  const homeText = home && (accessibleLabel(home) || clean(home.querySelector('img')?.alt) || clean(home.textContent));
  return (homeText || doc.location?.hostname || '').slice(0, 80);
}
