import { css } from 'lit';

/** Matches the panel's own choice controls (clair-panel.styles.ts); px on purpose, like the panel. */
export const styles = css`
  :host {
    display: block;
    color: #1a1a1a;
    font: inherit;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
    padding: 0;
  }
  .description,
  .why {
    display: block;
    margin: 0 0 6px;
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .why {
    color: #1a1a1a;
    font-weight: 600;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 6px 10px;
    border: 1px solid #8a8a8a;
    border-radius: 8px;
    cursor: pointer;
  }
  label:has(input:checked) {
    border: 2px solid var(--clair-accent, #1a1a1a);
    box-shadow: inset 0 0 0 1px var(--clair-accent, #1a1a1a);
    font-weight: 600;
  }
  label:has(input:focus-visible) {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  label:has(input:disabled) {
    color: #595959;
    border-style: dashed;
    cursor: not-allowed;
  }
  input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--clair-accent, #1a1a1a);
  }
  input:focus-visible {
    outline: none;
  }
  .chip {
    flex: none;
    width: 20px;
    height: 20px;
    border: 1px solid #595959;
    border-radius: 4px;
  }
  .sample {
    margin: 8px 0 0;
    padding: 8px 10px;
    border: 1px solid #595959;
    border-radius: 8px;
  }
  .status {
    margin: 6px 0 0;
    font-size: 0.9em;
  }
  .status.corrected {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    label,
    .chip,
    .sample {
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    label:has(input:checked) {
      border-color: Highlight;
    }
    label:has(input:disabled) {
      color: GrayText;
      border-color: GrayText;
    }
    label:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
