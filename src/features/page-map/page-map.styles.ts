import { css } from 'lit';

/** Inside the panel: inherits its colours and font; entries are full-width, easy to hit. */
export const styles = css`
  :host {
    display: block;
  }
  h4 {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  h5 {
    margin: 0.9em 0 0.3em;
    font-size: 0.95em;
    color: #4a4a4a;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul ul {
    padding-inline-start: 1em;
    border-inline-start: 2px solid #d0d0d0;
    margin-inline-start: 0.5em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .item {
    display: block;
    width: 100%;
    min-height: 32px;
    padding: 4px 8px;
    border: 0;
    border-radius: 6px;
    background: none;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .item:hover {
    background: #eef2f8;
  }
  .role {
    font-weight: 600;
  }
  .skip {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    border: 2px solid #1a1a1a;
    border-radius: 8px;
    background: #fff;
    font-weight: 600;
    text-align: start;
  }
  .empty {
    margin: 0.5em 0 0;
    color: #4a4a4a;
  }
  button:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .skip,
    ul ul {
      border-color: CanvasText;
    }
    h5,
    .empty {
      color: CanvasText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
