/**
 * Which elements get which cursor. The root gets the arrow and every other element inherits its
 * parent's cursor, except the elements named below, whose whole subtree then inherits theirs: text
 * cursor over text blocks and fields, hand over what can be clicked, arrow over what is disabled.
 * Plain selectors plus inheritance, rather than `list *` descendant selectors, keep the style
 * recalculation cheap on large pages. Every selector is in :where() (no specificity), so rules
 * apply in the order written. Each image falls back to the matching system cursor when it cannot
 * be shown (a browser that refuses a large cursor near the window edge, for instance).
 */
import { ARROW, HAND, TEXT, cursorImage } from './cursor-shapes.js';

const TEXT_BLOCKS = 'p, li, dd, dt, td, th, caption, blockquote, figcaption, pre, h1, h2, h3, h4, h5, h6';
const CLICKABLE =
  'a[href], area[href], button, summary, select, label, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"], input:is([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="reset"], [type="image"], [type="file"], [type="color"], [type="range"]), [onclick]';
const FIELDS =
  'textarea, input:not([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="reset"], [type="image"], [type="file"], [type="color"], [type="range"], [type="hidden"]), [contenteditable]:not([contenteditable="false"])';
const DISABLED = ':disabled, [aria-disabled="true"]';

export type CursorChoice = 'large-black' | 'large-white' | 'xl-black' | 'xl-white';

export function css(choice: CursorChoice): string {
  const size = choice.startsWith('xl') ? 72 : 48;
  const [fill, edge] = choice.endsWith('white') ? ['#fff', '#000'] : ['#000', '#fff'];
  const arrow = `${cursorImage(ARROW, size, fill, edge)}, default`;
  const text = `${cursorImage(TEXT, size, fill, edge)}, text`;
  return `
:where(html) { cursor: ${arrow} !important; }
:where(html *) { cursor: inherit !important; }
:where(${TEXT_BLOCKS}) { cursor: ${text} !important; }
:where(${CLICKABLE}) { cursor: ${cursorImage(HAND, size, fill, edge)}, pointer !important; }
:where(${FIELDS}) { cursor: ${text} !important; }
:where(${DISABLED}) { cursor: ${arrow} !important; }
`;
}
