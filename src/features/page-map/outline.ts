/**
 * Reads the page's structure for the page map: landmarks (with their accessible names), headings
 * as an outline, and, for pages with neither, the largest blocks of text. Read only, and only when
 * the map is shown: a few selector queries, no walk of the whole page.
 */
import { isClairNode } from '../../core/clair-node.js';

export type LandmarkRole = 'banner' | 'navigation' | 'main' | 'search' | 'complementary' | 'contentinfo';

export interface Landmark {
  readonly el: HTMLElement;
  readonly role: LandmarkRole;
  readonly name: string;
}

export interface HeadingNode {
  readonly el: HTMLElement;
  readonly level: number;
  readonly text: string;
  readonly children: HeadingNode[];
}

export interface Block {
  readonly el: HTMLElement;
  readonly text: string;
}

export interface PageOutline {
  readonly landmarks: Landmark[];
  readonly headings: HeadingNode[];
  readonly blocks: Block[];
  /** Where "skip to main content" goes. */
  readonly main: HTMLElement | null;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Header and footer are page-wide landmarks only outside sectioning content. */
const SECTIONING = 'article, aside, main, nav, section, [role="article"], [role="complementary"], [role="main"], [role="navigation"], [role="region"]';
const LANDMARKS = 'header, nav, main, search, aside, footer, [role="banner"], [role="navigation"], [role="main"], [role="search"], [role="complementary"], [role="contentinfo"]';
const ROLE_OF_TAG: Record<string, LandmarkRole> = { HEADER: 'banner', NAV: 'navigation', MAIN: 'main', SEARCH: 'search', ASIDE: 'complementary', FOOTER: 'contentinfo' };
const ROLES = new Set<string>(['banner', 'navigation', 'main', 'search', 'complementary', 'contentinfo']);
const MAX_HEADINGS = 80;

function shown(el: Element): boolean {
  return !isClairNode(el) && el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"], [inert]');
}

function nameOf(el: Element): string {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const labelled = clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  return (labelled || clean(el.getAttribute('aria-label'))).slice(0, 80);
}

function roleOf(el: Element): LandmarkRole | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return ROLES.has(explicit) ? (explicit as LandmarkRole) : null;
  const role = ROLE_OF_TAG[el.tagName];
  if (!role) return null;
  if ((role === 'banner' || role === 'contentinfo') && el.parentElement?.closest(SECTIONING)) return null;
  // An aside inside sectioning content is a landmark only when it is named.
  if (role === 'complementary' && el.parentElement?.closest(SECTIONING) && !nameOf(el)) return null;
  return role;
}

function landmarks(doc: Document): Landmark[] {
  const found: Landmark[] = [];
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(LANDMARKS))) {
    const role = roleOf(el);
    if (role && shown(el)) found.push({ el, role, name: nameOf(el) });
  }
  return found;
}

function headings(doc: Document): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))) {
    if (count >= MAX_HEADINGS) break;
    const role = el.getAttribute('role');
    if (role && role !== 'heading') continue;
    const text = (nameOf(el) || clean(el.textContent)).slice(0, 120);
    if (!text || !shown(el)) continue;
    const aria = Number(el.getAttribute('aria-level'));
    const level = role === 'heading' || aria ? Math.min(Math.max(aria || 2, 1), 6) : Number(el.tagName[1]);
    const node: HeadingNode = { el, level, text, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    (stack[stack.length - 1]?.children ?? roots).push(node);
    stack.push(node);
    count++;
  }
  return roots;
}

/** The few longest blocks of text, in page order (pages with neither landmarks nor headings). */
function blocks(doc: Document, limit = 5): Block[] {
  let candidates = Array.from(doc.body.querySelectorAll<HTMLElement>('p, blockquote, li, dd, td, pre'));
  if (candidates.length === 0) candidates = Array.from(doc.body.querySelectorAll<HTMLElement>('div'));
  const sized = candidates
    .filter(shown)
    .map((el) => ({ el, text: clean(el.textContent) }))
    .filter((b) => b.text.length >= 40)
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, limit);
  return sized
    .sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map(({ el, text }) => ({ el, text: text.split(' ').slice(0, 10).join(' ') + (text.split(' ').length > 10 ? '…' : '') }));
}

function firstHeading(nodes: readonly HeadingNode[]): HeadingNode | undefined {
  let first: HeadingNode | undefined;
  const visit = (list: readonly HeadingNode[]) => {
    for (const node of list) {
      if (node.level === 1) {
        first = node;
        return;
      }
      visit(node.children);
      if (first) return;
    }
  };
  visit(nodes);
  return first ?? nodes[0];
}

export function readOutline(doc: Document): PageOutline {
  const marks = landmarks(doc);
  const tree = headings(doc);
  const list = marks.length === 0 && tree.length === 0 ? blocks(doc) : [];
  const main = marks.find((l) => l.role === 'main')?.el ?? firstHeading(tree)?.el ?? list[0]?.el ?? null;
  return { landmarks: marks, headings: tree, blocks: list, main };
}
