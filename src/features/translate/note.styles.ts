import { css } from 'lit';
import { visuallyHidden } from '../../ui/base/visually-hidden.js';

/* Fixed colours and px sizes: the note must stay readable whatever the page's styles. */
export const styles = [
  visuallyHidden,
  css`
  :host {
    all: initial;
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .note {
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin: 0;
    padding: 10px 16px;
    background: #f3f6fc;
    color: #1a1a1a;
    border-bottom: 2px solid var(--clair-accent, #1d4ed8);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    font-size: 16px;
    line-height: 1.45;
    text-align: start;
  }
  p {
    margin: 0;
    flex: 1 1 20em;
  }
  .error {
    color: #8a1c1c;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 6px 14px;
    border: 2px solid var(--clair-accent, #1d4ed8);
    border-radius: 8px;
    background: #fff;
    color: var(--clair-accent, #1d4ed8);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--clair-accent, #1d4ed8);
    color: #fff;
  }
  button:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  progress {
    width: 8em;
    height: 12px;
    accent-color: var(--clair-accent, #1d4ed8);
  }
  @media (forced-colors: active) {
    .note {
      border-color: CanvasText;
    }
    button,
    button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
