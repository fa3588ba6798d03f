/**
 * The ruler: a 4 px dark line between two 2 px light edges, so it shows on light and dark parts
 * of the page alike. Moved with `transform` only (no layout). After a jump (keyboard, focus) it
 * glides for 120 ms so the eye can follow, except when the visitor asks for reduced motion.
 */
export const css = `
.ruler {
  position: absolute;
  inset-inline: 0;
  top: 0;
  height: 4px;
  border-block: 2px solid #fff;
  background: #1a1a1a;
  box-shadow: 0 0 0 1px rgb(0 0 0 / 0.25);
  will-change: transform;
}
.ruler.jump {
  transition: transform 120ms ease-out;
}
@media (prefers-reduced-motion: reduce) {
  .ruler.jump {
    transition: none;
  }
}
@media (forced-colors: active) {
  .ruler {
    forced-color-adjust: none;
    background: CanvasText;
    border-color: Canvas;
  }
}
@media print {
  .ruler {
    display: none;
  }
}
`;
