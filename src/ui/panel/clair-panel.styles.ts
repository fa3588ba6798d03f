import { css } from 'lit';
import { visuallyHidden } from '../base/visually-hidden.js';

/* px on purpose (see the toolbar's styles); colours are fixed so contrast holds on any site. */
export const styles = [
  visuallyHidden,
  css`
  :host {
    all: initial;
    display: contents;
  }
  [hidden] {
    display: none !important;
  }
  .panel {
    all: initial;
    box-sizing: border-box;
    position: fixed;
    left: 0;
    top: 0;
    display: flex;
    flex-direction: column;
    width: 380px;
    max-width: calc(100vw - 16px);
    max-height: calc(100vh - 96px);
    overflow: hidden;
    background: #fff;
    color: #1a1a1a;
    border: 1px solid #6b6b6b;
    border-radius: 12px;
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    font-size: calc(16px * var(--clair-scale, 1));
    line-height: 1.45;
    text-align: start;
    animation: clair-in 160ms ease-out;
  }
  .panel:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  @keyframes clair-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel {
      animation: none;
    }
  }
  /* Narrow screens and 400% zoom: a full-width sheet at the bottom. */
  @media (max-width: 480px), (max-height: 420px) {
    .panel {
      left: 0 !important;
      right: 0;
      top: auto !important;
      bottom: 0;
      width: 100%;
      max-width: 100%;
      max-height: 100%;
      border-radius: 12px 12px 0 0;
    }
  }
  * {
    box-sizing: border-box;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 12px 12px 12px 16px;
    border-bottom: 1px solid #c8c8c8;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
    color: #1a1a1a;
  }
  .group-toggle {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    min-height: 44px;
    padding: 6px 4px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    font-weight: 700;
    text-align: start;
  }
  .group-toggle:hover {
    background: #f0f0f0;
  }
  .group-name {
    flex: 1;
  }
  .changed {
    padding: 1px 8px;
    border-radius: 999px;
    background: var(--clair-accent);
    color: #fff;
    font-size: 0.8em;
    font-weight: 600;
  }
  .chevron {
    flex: none;
    width: 24px;
    height: 24px;
    fill: currentColor;
    transition: transform 120ms;
  }
  .group-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .group-body {
    padding: 8px 0 4px;
  }
  .body {
    overflow: auto;
    padding: 8px 16px 16px;
    overscroll-behavior: contain;
  }
  .group {
    padding: 4px 0;
    border-bottom: 1px solid #e0e0e0;
  }
  .control {
    margin: 0 0 12px;
  }
  .control:last-child {
    margin-bottom: 0;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  .choice:has(input:focus-visible) {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  .close {
    display: grid;
    place-items: center;
    flex: none;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 2px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
  }
  .close svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  .close:hover {
    background: #f0f0f0;
  }
  /* Switch: the whole row is the button, label visible. */
  .switch {
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
  .switch:hover {
    background: #f4f4f4;
  }
  .track {
    position: relative;
    flex: none;
    width: 44px;
    height: 24px;
    border: 2px solid #595959;
    border-radius: 12px;
    background: #fff;
  }
  .thumb {
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: #595959;
    transition: inset-inline-start 120ms;
  }
  .switch[aria-checked='true'] .track {
    background: var(--clair-accent);
    border-color: var(--clair-accent);
  }
  .switch[aria-checked='true'] .thumb {
    inset-inline-start: 22px;
    background: #fff;
  }
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
    padding: 0;
  }
  .description {
    display: block;
    margin: 0 0 6px;
    color: #4a4a4a;
    font-size: 0.9em;
  }
  .suggested {
    color: #1a1a1a;
  }
  fieldset {
    margin: 0 0 12px;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choice-list {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 6px 10px;
    border: 1px solid #8a8a8a;
    border-radius: 8px;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--clair-accent);
    box-shadow: inset 0 0 0 1px var(--clair-accent);
    font-weight: 600;
  }
  .choice input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--clair-accent);
  }
  .choice input:focus-visible {
    outline: none;
  }
  select {
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    border: 1px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
  }
  .range-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 8px;
  }
  output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .range-row {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .range-row input {
    flex: 1;
    min-width: 0;
    height: 44px;
    margin: 0;
    accent-color: var(--clair-accent);
  }
  .step {
    flex: none;
    width: 44px;
    height: 44px;
    border: 1px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
    font-size: 1.3em;
    line-height: 1;
  }
  .step:disabled {
    color: #6b6b6b;
    border-color: #b0b0b0;
    cursor: default;
  }
  .feature-error {
    margin: 4px 0 12px;
    color: #8a1c1c;
    font-size: 0.9em;
  }
  .foot {
    padding: 12px 16px;
    border-top: 1px solid #c8c8c8;
  }
  .reset {
    width: 100%;
    min-height: 44px;
    border: 2px solid var(--clair-accent);
    border-radius: 8px;
    background: #fff;
    color: var(--clair-accent);
    font-weight: 600;
  }
  .reset:hover {
    background: var(--clair-accent);
    color: #fff;
  }
  .note {
    margin: 8px 0 0;
    font-size: 0.85em;
    color: #4a4a4a;
  }
  @media (forced-colors: active) {
    .panel,
    .switch,
    .choice,
    .close,
    .step,
    .reset,
    select {
      border-color: CanvasText;
    }
    .switch[aria-checked='true'] .track {
      background: Highlight;
      border-color: Highlight;
      forced-color-adjust: none;
    }
    .choice:has(input:checked) {
      border-color: Highlight;
    }
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    .panel:focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
