/**
 * CSS animations jump to their end and stay there; transitions take 1 ms. Ending (rather than
 * freezing mid-way) matters: a fade-in frozen at its first frame would leave content invisible,
 * and pages that wait for `animationend` / `transitionend` (menus, dialogs) still get them.
 * Paused as well, so an infinite animation does not restart. Smooth scrolling becomes instant.
 */
export const css = `
*, *::before, *::after {
  animation-delay: -1ms !important;
  animation-duration: 1ms !important;
  animation-iteration-count: 1 !important;
  animation-play-state: paused !important;
  transition-delay: 0s !important;
  transition-duration: 1ms !important;
  scroll-behavior: auto !important;
}
`;
