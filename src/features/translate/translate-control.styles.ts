import { css } from 'lit';
import { visuallyHidden } from '../../ui/base/visually-hidden.js';

/* Matches the panel's look (fixed colours, 44px targets); the panel's own styles do not reach here. */
export const styles = [
  visuallyHidden,
  css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    border: 1px solid #8a8a8a;
    border-radius: 8px;
    background: #fff;
    text-align: start;
  }
  .toggle:hover {
    background: #f4f4f4;
  }
  .label {
    font-weight: 600;
  }
  .current {
    color: #3d3d3d;
  }
  .chevron {
    flex: none;
    width: 12px;
    height: 12px;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline-end: 4px;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(225deg);
  }
  .description,
  .hint {
    display: block;
    margin: 4px 0 8px;
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .langs {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: 6px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .langs button {
    width: 100%;
    min-height: 44px;
    padding: 6px 10px;
    border: 1px solid #8a8a8a;
    border-radius: 8px;
    background: #fff;
    text-align: start;
  }
  .langs button:hover {
    background: #f4f4f4;
  }
  .langs button[aria-pressed='true'] {
    border: 2px solid var(--clair-accent, #1d4ed8);
    box-shadow: inset 0 0 0 1px var(--clair-accent, #1d4ed8);
    font-weight: 600;
  }
  .box {
    margin: 10px 0 0;
    padding: 10px 12px;
    border: 1px solid #8a8a8a;
    border-radius: 8px;
    background: #f7f7f7;
  }
  .box p {
    margin: 0 0 8px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .action {
    min-height: 44px;
    padding: 6px 14px;
    border: 2px solid var(--clair-accent, #1d4ed8);
    border-radius: 8px;
    background: #fff;
    color: var(--clair-accent, #1d4ed8);
    font-weight: 600;
  }
  .action.primary {
    background: var(--clair-accent, #1d4ed8);
    color: #fff;
  }
  .error {
    color: #8a1c1c;
    font-weight: 600;
  }
  progress {
    display: block;
    width: 100%;
    height: 12px;
    margin: 0 0 8px;
    accent-color: var(--clair-accent, #1d4ed8);
  }
  @media (forced-colors: active) {
    .toggle,
    .langs button,
    .box,
    .action {
      border-color: CanvasText;
    }
    .langs button[aria-pressed='true'] {
      border-color: Highlight;
    }
    .action.primary {
      background: ButtonFace;
      color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
