/**
 * Two shades, each as tall as the viewport: the top one ends where the band starts, the bottom
 * one starts where the band ends. They move with `transform` only (no layout, no repaint of the
 * page). Forced colours would paint them opaque: they keep their own colours there.
 */
export const css = `
.shade {
  position: absolute;
  inset-inline: 0;
  box-sizing: border-box;
  height: 100%;
  background: rgb(0 0 0 / 0.6);
  will-change: transform;
}
.top {
  top: -100%;
  border-bottom: 2px solid rgb(255 255 255 / 0.7);
}
.bottom {
  top: 0;
  border-top: 2px solid rgb(255 255 255 / 0.7);
}
.jump {
  transition: transform 120ms ease-out;
}
@media (prefers-reduced-motion: reduce) {
  .jump {
    transition: none;
  }
}
@media (forced-colors: active) {
  .shade {
    forced-color-adjust: none;
  }
}
@media print {
  .shade {
    display: none;
  }
}
`;
