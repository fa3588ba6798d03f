/**
 * Which elements get which cursor. Every selector is wrapped in :where() (no specificity), so the
 * rules below apply in the order written: arrow everywhere, text cursor over text and fields,
 * hand over what can be clicked, arrow again over what is disabled. Each image falls back to the
 * matching system cursor when it cannot be shown (a browser that refuses large cursors near the
 * window edge, for instance).
 */
import { ARROW, HAND, TEXT, cursorImage } from './cursor-shapes.js';

const TEXT_BLOCKS = 'p, li, dd, dt, td, th, caption, blockquote, figcaption, pre, h1, h2, h3, h4, h5, h6';
const CLICKABLE =
  'a[href], area[href], button, summary, select, label, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"], input:is([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="reset"], [type="image"], [type="file"], [type="color"], [type="range"]), [onclick]';
const FIELDS =
  'textarea, input:not([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="reset"], [type="image"], [type="file"], [type="color"], [type="range"], [type="hidden"]), [contenteditable]:not([contenteditable="false"])';
const DISABLED = ':disabled, [aria-disabled="true"]';

/** The selector list itself and everything inside it. */
const within = (list: string) => `:where(${list}), :where(${list}) *`;

export type CursorChoice = 'large-black' | 'large-white' | 'xl-black' | 'xl-white';

export function css(choice: CursorChoice): string {
  const size = choice.startsWith('xl') ? 72 : 48;
  const [fill, edge] = choice.endsWith('white') ? ['#fff', '#000'] : ['#000', '#fff'];
  const arrow = `${cursorImage(ARROW, size, fill, edge)}, default`;
  return `
:where(html, html *) { cursor: ${arrow} !important; }
${within(TEXT_BLOCKS)} { cursor: ${cursorImage(TEXT, size, fill, edge)}, text !important; }
${within(CLICKABLE)} { cursor: ${cursorImage(HAND, size, fill, edge)}, pointer !important; }
:where(${FIELDS}) { cursor: ${cursorImage(TEXT, size, fill, edge)}, text !important; }
${within(DISABLED)} { cursor: ${arrow} !important; }
`;
}
