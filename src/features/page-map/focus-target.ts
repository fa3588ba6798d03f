/**
 * Moves focus to a place in the page (a heading, a landmark, a form). An element that cannot take
 * focus gets tabindex="-1" for as long as it has focus, and loses it again on blur, so the page is
 * left as it was.
 */
const NATIVE = 'a[href], button, input, select, textarea, summary, iframe, [contenteditable="true"], [tabindex]';

/** Returns whether focus landed there (it cannot on an element that is not shown). */
export function focusTarget(el: HTMLElement, scroll = true): boolean {
  const added = !el.matches(NATIVE);
  if (added) el.setAttribute('tabindex', '-1');
  if (scroll) el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
  const focused = el.matches(':focus');
  if (added && focused) el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  else if (added) el.removeAttribute('tabindex');
  return focused;
}
