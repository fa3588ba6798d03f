import { css } from 'lit';

/*
 * Sizes are in px on purpose: the host page's root font size (or Clair's own text-size feature,
 * which changes it) must not shrink or blow up the toolbar. It follows browser zoom like any px,
 * and `--clair-scale` lets it grow with the visitor's chosen text size.
 */
export const styles = css`
  :host {
    display: contents !important;
  }
  .root {
    all: initial;
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    overflow: visible;
    pointer-events: auto;
    z-index: var(--clair-z, auto);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    font-size: calc(16px * var(--clair-scale, 1));
    line-height: 1.4;
    color: #1a1a1a;
  }
  .root.bottom-right {
    right: 16px;
    bottom: 16px;
  }
  .root.bottom-left {
    left: 16px;
    bottom: 16px;
  }
  .root.top-right {
    right: 16px;
    top: 16px;
  }
  .root.top-left {
    left: 16px;
    top: 16px;
  }
  .launcher {
    all: initial;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: 56px;
    height: 56px;
    border-radius: 50%;
    border: 2px solid #fff;
    background: var(--clair-accent);
    color: #fff;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.35);
    pointer-events: auto;
  }
  .launcher svg {
    width: 32px;
    height: 32px;
    fill: currentColor;
    pointer-events: none;
  }
  .launcher:hover {
    box-shadow: 0 0 0 3px #fff, 0 0 0 6px var(--clair-accent);
  }
  .launcher:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 3px;
    box-shadow: 0 0 0 3px #fff, 0 0 0 6px #1a1a1a;
  }
  .error {
    position: absolute;
    bottom: 64px;
    inset-inline-end: 0;
    width: max-content;
    max-width: min(280px, calc(100vw - 32px));
    margin: 0;
    padding: 8px 12px;
    border: 2px solid #8a1c1c;
    border-radius: 6px;
    background: #fff;
    color: #8a1c1c;
    font: inherit;
  }
  .top-right .error,
  .top-left .error {
    bottom: auto;
    top: 64px;
  }
  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .launcher:focus-visible {
      outline-color: Highlight;
    }
  }
`;
