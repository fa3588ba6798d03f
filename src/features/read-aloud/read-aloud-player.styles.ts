import { css } from 'lit';

/* Same look as the panel's own controls (44px targets, fixed colours that keep their contrast). */
export const styles = css`
  :host {
    display: block;
  }
  * {
    box-sizing: border-box;
  }
  .player {
    display: grid;
    gap: 8px;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .note {
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .problem {
    padding: 8px 10px;
    border-inline-start: 4px solid #8a1c1c;
    background: #fdf1f1;
    color: #5c1010;
    font-size: 0.9em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    min-width: 44px;
    padding: 6px 14px;
    border: 1px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: #f0f0f0;
  }
  button.primary {
    border: 2px solid var(--clair-accent, #1d4ed8);
    background: var(--clair-accent, #1d4ed8);
    color: #fff;
    font-weight: 600;
  }
  button.primary:hover {
    background: var(--clair-accent, #1d4ed8);
    text-decoration: underline;
  }
  button:disabled {
    color: #6b6b6b;
    border-color: #b0b0b0;
    cursor: default;
  }
  svg {
    width: 20px;
    height: 20px;
    flex: none;
    fill: currentColor;
  }
  .voice label {
    display: block;
    margin-bottom: 4px;
    font-weight: 600;
  }
  select {
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    border: 1px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  .status:empty {
    display: none;
  }
  .status {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    button,
    select {
      border-color: CanvasText;
    }
    button.primary {
      border-color: Highlight;
    }
    button:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
  }
`;
