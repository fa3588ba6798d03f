/**
 * @summary The page map, a panel section: "skip to main content", the page's regions and its
 * headings as an outline; each entry moves focus there and closes the panel. The page is read when
 * the map becomes visible (each time the panel opens), never at start-up.
 * @event clair-close - After moving focus into the page, so the panel does not cover it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from '../../core/log.js';
import { ClairElement } from '../../ui/base/clair-element.js';
import { LocalizeController } from '../../ui/base/localize.js';
import type { PanelContext } from '../../ui/base/panel-context.js';
import { focusTarget } from './focus-target.js';
import { readOutline, type HeadingNode, type PageOutline } from './outline.js';
import { styles } from './page-map.styles.js';

export class ClairPageMap extends ClairElement {
  static override styles = styles;

  static override properties = {
    context: { attribute: false },
    outline: { state: true },
  };

  context?: PanelContext;
  entryId?: string;
  protected outline?: PageOutline;
  private readonly l = new LocalizeController(this, () => this.context?.i18n);
  private observer?: ResizeObserver;
  private shown = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The panel hides with `hidden`: the map's box goes from nothing to something on each open.
    this.observer = new ResizeObserver(([entry]) => {
      const visible = !!entry && entry.contentRect.height + entry.contentRect.width > 0;
      if (visible && !this.shown) this.refresh();
      this.shown = visible;
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.shown = false;
  }

  /** Reads the page again (it may have changed since the panel was last open). */
  refresh(): void {
    this.outline = guard('page map', () => readOutline(document), undefined);
  }

  private go(el: HTMLElement): void {
    if (!el.isConnected) {
      this.refresh();
      return;
    }
    focusTarget(el);
    this.emit('clair-close', undefined);
  }

  private renderHeadings(nodes: readonly HeadingNode[]): TemplateResult {
    return html`<ul>
      ${nodes.map(
        (n) => html`<li>
          <button type="button" class="item" @click=${() => this.go(n.el)}>${n.text}</button>
          ${n.children.length ? this.renderHeadings(n.children) : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderBody(o: PageOutline): TemplateResult {
    const t = (key: string) => this.l.t(`layout:pageMap.${key}`);
    const empty = !o.landmarks.length && !o.headings.length && !o.blocks.length;
    return html`
      ${o.main ? html`<button type="button" class="skip" @click=${() => this.go(o.main!)}>${t('skip')}</button>` : nothing}
      ${o.landmarks.length
        ? html`<h5 id="pm-regions">${t('regions')}</h5>
            <ul aria-labelledby="pm-regions">
              ${o.landmarks.map(
                (m) => html`<li>
                  <button type="button" class="item" @click=${() => this.go(m.el)}>
                    ${m.name ? this.l.t('layout:pageMap.named', { role: t(`roles.${m.role}`), name: m.name }) : t(`roles.${m.role}`)}
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${o.headings.length ? html`<h5 id="pm-headings">${t('headings')}</h5>${this.renderHeadings(o.headings)}` : nothing}
      ${o.blocks.length
        ? html`<h5 id="pm-blocks">${t('blocks')}</h5>
            <ul aria-labelledby="pm-blocks">
              ${o.blocks.map((b) => html`<li><button type="button" class="item" @click=${() => this.go(b.el)}>${b.text}</button></li>`)}
            </ul>`
        : nothing}
      ${empty ? html`<p class="empty">${t('empty')}</p>` : nothing}
    `;
  }

  override render() {
    return html`<section aria-labelledby="pm-title">
      <h4 id="pm-title">${this.l.t('layout:pageMap.label')}</h4>
      ${this.outline ? this.renderBody(this.outline) : nothing}
    </section>`;
  }
}

export function define(): void {
  ClairPageMap.define('clair-page-map');
}
