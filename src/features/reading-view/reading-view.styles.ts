import { css } from 'lit';

/**
 * One layout for every site. Sizes are in em from `font-size: medium` (the visitor's own browser
 * default, whatever the site does to its root font size), times `--clair-rv-scale` (Clair's text
 * size). Colours, spacing and font come from custom properties set by appearance.ts.
 */
export const styles = css`
  :host {
    all: initial;
  }
  dialog {
    box-sizing: border-box;
    inset: 0;
    width: 100vw;
    max-width: none;
    height: 100dvh;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--clair-rv-bg);
    color: var(--clair-rv-fg);
    font-family: var(--clair-rv-font);
    font-size: medium;
    overflow: hidden;
  }
  dialog::backdrop {
    background: var(--clair-rv-bg);
  }
  .scroller {
    height: 100%;
    overflow: auto;
    overscroll-behavior: contain;
    font-size: calc(1em * var(--clair-rv-scale, 1));
  }
  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding: 0.5em max(1em, calc((100% - 44em) / 2));
    background: var(--clair-rv-accent-bg);
    border-bottom: 2px solid currentColor;
  }
  .site {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .column {
    box-sizing: border-box;
    max-width: 44em;
    margin: 0 auto;
    padding: 1.5em 1em 4em;
    font-size: 1.2em;
    line-height: var(--clair-rv-line-height, 1.6);
    letter-spacing: var(--clair-rv-letter-spacing, normal);
    word-spacing: var(--clair-rv-word-spacing, normal);
    overflow-wrap: break-word;
  }
  h1 {
    font-size: 1.9em;
    line-height: 1.25;
    margin: 0 0 0.8em;
  }
  h2 {
    font-size: 1.45em;
    line-height: 1.3;
    margin: 1.6em 0 0.6em;
  }
  h3 {
    font-size: 1.2em;
    line-height: 1.35;
    margin: 1.4em 0 0.5em;
  }
  h4,
  h5,
  h6 {
    font-size: 1.05em;
    margin: 1.2em 0 0.4em;
  }
  p,
  ul,
  ol,
  dl,
  blockquote,
  figure,
  pre,
  .table {
    margin: 0 0 var(--clair-rv-paragraph-spacing, 1.2em);
  }
  li + li {
    margin-top: 0.4em;
  }
  ul,
  ol {
    padding-inline-start: 1.6em;
  }
  a {
    color: var(--clair-rv-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0.5em 0;
  }
  figure {
    margin-inline: 0;
  }
  figcaption {
    color: var(--clair-rv-muted);
    font-size: 0.9em;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid currentColor;
  }
  pre {
    white-space: pre-wrap;
  }
  .table {
    overflow-x: auto;
  }
  /* A long content's parts (parts.ts) are laid out near the viewport only. The padding keeps focus
     outlines clear of the part's paint containment. */
  .part {
    content-visibility: auto;
    contain-intrinsic-size: auto 60em;
    padding: 8px;
    margin: -8px;
  }
  table {
    border-collapse: collapse;
    min-width: 50%;
  }
  th,
  td {
    border: 1px solid currentColor;
    padding: 0.4em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  .box {
    margin: 0 0 1.5em;
    padding: 1em 1.2em;
    border: 2px solid currentColor;
    border-radius: 0.4em;
    background: var(--clair-rv-accent-bg);
  }
  .box h2 {
    margin-top: 0;
    font-size: 1.15em;
  }
  .box p:last-child,
  .box ol:last-child,
  .box ul:last-child {
    margin-bottom: 0;
  }
  .toc ol ol {
    margin: 0.3em 0 0;
  }
  .note {
    color: var(--clair-rv-muted);
  }
  button {
    font: inherit;
    font-size: 0.95em;
    line-height: 1.2;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid currentColor;
    border-radius: 0.4em;
    background: var(--clair-rv-bg);
    color: var(--clair-rv-fg);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  button:hover {
    background: var(--clair-rv-accent-bg);
  }
  button.primary {
    background: var(--clair-rv-fg);
    color: var(--clair-rv-bg);
  }
  svg {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
    flex: none;
  }
  :focus-visible {
    outline: 3px solid var(--clair-rv-focus, var(--clair-rv-link));
    outline-offset: 2px;
  }
  [tabindex='-1']:focus,
  h1:focus-visible {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--clair-rv-focus, var(--clair-rv-link));
  }
  .end {
    margin-top: 2em;
    padding-top: 1em;
    border-top: 2px solid currentColor;
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    dialog,
    dialog::backdrop,
    .bar,
    .box,
    button {
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
    a {
      color: LinkText;
    }
    button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
