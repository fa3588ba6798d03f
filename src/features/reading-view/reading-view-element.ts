/**
 * @summary The reading view: a full-viewport modal dialog (native `<dialog>` opened with
 * showModal(), so the page behind is inert and the view sits in the top layer) showing the site's
 * name, the page title, a short table of contents, the main content and the site's main links.
 * @event clair-close - never: the owner passes `actions`, the view only calls them.
 * @cssproperty --clair-rv-scale - Text scale (Clair's text size).
 * @cssproperty --clair-rv-fg - Text colour; also --clair-rv-bg, --clair-rv-link, --clair-rv-muted, --clair-rv-accent-bg.
 * @cssproperty --clair-rv-line-height - Line height; also --clair-rv-letter-spacing, --clair-rv-word-spacing, --clair-rv-paragraph-spacing.
 * @cssproperty --clair-rv-font - Font family.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ClairElement } from '../../ui/base/clair-element.js';
import { tabbables } from '../../ui/base/focus.js';
import type { Article } from './extract.js';
import type { NavLink, PageForm } from './page.js';
import type { Strings } from './strings.js';
import type { Tidied } from './tidy.js';
import { styles } from './reading-view.styles.js';

export interface ViewData {
  readonly article: Article;
  readonly tidied: Tidied;
  readonly forms: readonly PageForm[];
  readonly nav: readonly NavLink[];
  readonly siteName: string;
  readonly strings: Strings;
  /** Extraction failed, found too little, or the page is too long: the message that says so. */
  readonly failed: 'readingView.failed' | 'readingView.tooLong' | null;
  /** Whether the simplified page can be offered instead. */
  readonly canSimplify: boolean;
}

export interface ViewActions {
  close(): void;
  goToForm(index: number): void;
  /** A same-page link whose target is not in the view: go there in the page. */
  goToPage(id: string): void;
  simplify(): void;
}

const CLOSE_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4Z" /></svg>`;

export class ClairReadingView extends ClairElement {
  static override styles = styles;

  data!: ViewData;
  actions!: ViewActions;

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  /** Opens as a modal and puts focus on the title, where reading starts. */
  async open(): Promise<void> {
    await this.updateComplete;
    this.dialog?.showModal();
    this.shadowRoot?.querySelector<HTMLElement>('#rv-title')?.focus({ preventScroll: true });
  }

  close(): void {
    this.dialog?.close();
  }

  protected override firstUpdated(): void {
    // Forms are never copied into the view: each marker becomes a "go to the form" card.
    const { tidied, forms } = this.data;
    for (const [mark, index] of tidied.formMarks) {
      const form = forms[index];
      if (!form) continue;
      const card = document.createElement('div');
      render(this.formCard(form, index), card);
      mark.replaceWith(card);
    }
  }

  private formCard(form: PageForm, index: number): TemplateResult {
    const { t, lang, dir } = this.data.strings;
    return html`<div class="box form" lang=${lang} dir=${dir}>
      <p><strong>${form.name ? t('readingView.form', { name: form.name }) : t('readingView.formUnnamed')}</strong></p>
      <p>${t('readingView.formNote')}</p>
      <button type="button" class="primary" data-form=${index}>${t('readingView.goToForm')}</button>
    </div>`;
  }

  private onClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const formButton = target.closest('button[data-form]');
    if (formButton) {
      this.actions.goToForm(Number(formButton.getAttribute('data-form')));
      return;
    }
    const link = target.closest('a[href]');
    if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const url = new URL(link.href, document.baseURI);
    const here = new URL(location.href);
    if (!url.hash || url.origin + url.pathname + url.search !== here.origin + here.pathname + here.search) return;
    event.preventDefault();
    const id = decodeURIComponent(url.hash.slice(1));
    const inView = this.shadowRoot?.getElementById(id);
    if (inView) {
      if (!inView.hasAttribute('tabindex')) inView.setAttribute('tabindex', '-1');
      inView.scrollIntoView({ block: 'start' });
      inView.focus({ preventScroll: true });
    } else {
      this.actions.goToPage(id);
    }
  }

  /** Tab and Shift+Tab wrap inside the view (the page behind is inert anyway). */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = this.dialog;
    const active = this.shadowRoot?.activeElement;
    if (!dialog || !active) return;
    const list = tabbables(dialog);
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return;
    const after = (el: Element) => !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const next = event.shiftKey ? list.filter((el) => el !== active && !after(el)).pop() : list.find((el) => el !== active && after(el));
    if (next) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.actions.close();
  }

  private renderToc(): TemplateResult | typeof nothing {
    const { toc } = this.data.tidied;
    if (toc.length < 2) return nothing;
    const { t, lang, dir } = this.data.strings;
    const items: TemplateResult[] = [];
    for (let i = 0; i < toc.length; i++) {
      const entry = toc[i]!;
      if (entry.level === 3) continue;
      const children: TemplateResult[] = [];
      for (let j = i + 1; j < toc.length && toc[j]!.level === 3; j++) {
        children.push(html`<li><a href="#${toc[j]!.id}">${toc[j]!.text}</a></li>`);
      }
      items.push(html`<li><a href="#${entry.id}">${entry.text}</a>${children.length ? html`<ol>${children}</ol>` : nothing}</li>`);
    }
    // Sub-headings before the first heading of the top level still get listed.
    const leading = [];
    for (const entry of toc) {
      if (entry.level === 2) break;
      leading.push(html`<li><a href="#${entry.id}">${entry.text}</a></li>`);
    }
    return html`<nav class="box toc" aria-labelledby="rv-toc" lang=${lang} dir=${dir}>
      <h2 id="rv-toc">${t('readingView.contents')}</h2>
      <ol>${leading}${items}</ol>
    </nav>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    if (!this.data.failed) return nothing;
    const { t, lang, dir } = this.data.strings;
    return html`<div class="box failed" role="status" lang=${lang} dir=${dir}>
      <p>${t(this.data.failed)}</p>
      ${this.data.canSimplify
        ? html`<p><button type="button" @click=${() => this.actions.simplify()}>${t('readingView.trySimplified')}</button></p>`
        : nothing}
    </div>`;
  }

  private renderNav(): TemplateResult | typeof nothing {
    const { nav } = this.data;
    if (nav.length === 0) return nothing;
    const { t, lang, dir } = this.data.strings;
    return html`<nav class="box links" aria-labelledby="rv-links">
      <h2 id="rv-links" lang=${lang} dir=${dir}>${t('readingView.siteLinks')}</h2>
      <ul>
        ${nav.map((link) => html`<li><a href=${link.href}>${link.text}</a></li>`)}
      </ul>
    </nav>`;
  }

  override render() {
    const { article, tidied, forms, strings, siteName } = this.data;
    const { t, lang, dir } = strings;
    const placed = new Set(tidied.formMarks.map(([, i]) => i));
    const unplaced = forms.map((form, index) => ({ form, index })).filter(({ index }) => !placed.has(index));
    return html`<dialog
      aria-labelledby="rv-title"
      lang=${article.lang || nothing}
      dir=${article.dir || nothing}
      @cancel=${this.onCancel}
      @click=${this.onClick}
      @keydown=${this.onKeydown}
    >
      <div class="scroller">
        <div class="bar">
          <p class="site">${siteName}</p>
          <button type="button" class="close" lang=${lang} dir=${dir} @click=${() => this.actions.close()}>
            ${CLOSE_ICON}<span>${t('readingView.close')}</span>
          </button>
        </div>
        <div class="column">
          <h1 id="rv-title" tabindex="-1">${article.title}</h1>
          ${this.renderFailure()} ${unplaced.map(({ form, index }) => this.formCard(form, index))} ${this.renderToc()}
          ${article.content && article.length > 0 ? html`<article class="content">${article.content}</article>` : nothing}
          ${this.renderNav()}
          <div class="end" lang=${lang} dir=${dir}>
            <button type="button" @click=${() => this.actions.close()}>${CLOSE_ICON}<span>${t('readingView.close')}</span></button>
          </div>
        </div>
      </div>
    </dialog>`;
  }
}
