/**
 * The single mechanism by which Clair restyles the host page: constructable stylesheets adopted by
 * the document, one per owner (feature). No <style> element is ever added to the host's DOM, which
 * also keeps Clair working under a strict Content-Security-Policy (no 'unsafe-inline' needed).
 * Removing an owner's sheet restores the page's styles exactly.
 *
 * Page styles do not cross shadow boundaries or frames, so each owner's sheet is also adopted by
 * every open shadow root and same-origin iframe document ("scopes"), including those that appear
 * later: one MutationObserver watches the document and every scope while any owner or watcher is
 * active. A sheet can only be adopted by documents of the window that built it, so each iframe
 * document gets its own copy of every sheet (kept in step on `set`).
 */
import { CLAIR_UI_ATTR } from './clair-node.js';
import { guard } from './log.js';

/** Where sheets are adopted: the document itself, an open shadow root, or an iframe's document. */
export type StyleScope = Document | ShadowRoot;

/** Told about new scopes and about elements added to any scope (batched per mutation callback). */
export interface ScopeWatcher {
  scope?(scope: StyleScope): void;
  added?(elements: readonly Element[], scope: StyleScope): void;
}

export class HostStyles {
  /** Sheets of the main document (also adopted by its shadow roots), by owner. */
  private readonly sheets = new Map<string, CSSStyleSheet>();
  /** CSS text by owner, to build copies for iframe documents. */
  private readonly texts = new Map<string, string>();
  /** Copies for other documents (same-origin iframes and their shadow roots). */
  private readonly copies = new Map<Document, Map<string, CSSStyleSheet>>();
  /** Shadow roots and iframe documents currently styled (the main document is implicit). */
  private readonly extra = new Set<StyleScope>();
  private readonly watchers = new Set<ScopeWatcher>();
  private observer?: MutationObserver;
  private listening?: AbortController;

  constructor(private readonly doc: Document) {}

  /** Creates or replaces the owner's stylesheet, in the document and every scope. */
  set(owner: string, cssText: string): CSSStyleSheet {
    this.texts.set(owner, cssText);
    let sheet = this.sheets.get(owner);
    if (!sheet) {
      const view = this.doc.defaultView ?? window;
      sheet = new view.CSSStyleSheet();
      this.sheets.set(owner, sheet);
      sheet.replaceSync(cssText);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.start();
      for (const scope of this.extra) this.adopt(scope, owner);
    } else {
      sheet.replaceSync(cssText);
      for (const copies of this.copies.values()) copies.get(owner)?.replaceSync(cssText);
    }
    return sheet;
  }

  has(owner: string): boolean {
    return this.sheets.has(owner);
  }

  remove(owner: string): void {
    const sheet = this.sheets.get(owner);
    if (!sheet) return;
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    for (const scope of this.extra) {
      const own = this.sheetFor(scope, owner, false);
      if (own) guard('host styles', () => (scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== own)), undefined);
    }
    this.sheets.delete(owner);
    this.texts.delete(owner);
    for (const copies of this.copies.values()) copies.delete(owner);
    this.stopIfIdle();
  }

  /** Open shadow roots and same-origin iframe documents styled now (not the document itself). */
  scopes(): StyleScope[] {
    this.prune();
    return [...this.extra];
  }

  /**
   * Calls `watcher` for every new scope and for elements added anywhere (document or scopes) until
   * `signal` aborts. Keeps scope discovery running even when no sheet is set.
   */
  watch(watcher: ScopeWatcher, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.watchers.add(watcher);
    this.start();
    signal.addEventListener(
      'abort',
      () => {
        this.watchers.delete(watcher);
        this.stopIfIdle();
      },
      { once: true },
    );
  }

  private get active(): boolean {
    return this.sheets.size > 0 || this.watchers.size > 0;
  }

  private start(): void {
    if (this.observer) return;
    const view = this.doc.defaultView ?? window;
    this.listening = new AbortController();
    this.observer = new view.MutationObserver((records) => guard('host styles', () => this.onMutations(records), undefined));
    this.observer.observe(this.doc, { childList: true, subtree: true });
    this.scan(this.doc.body ?? this.doc.documentElement);
  }

  private stopIfIdle(): void {
    if (this.active || !this.observer) return;
    this.observer.disconnect();
    this.observer = undefined;
    this.listening?.abort();
    this.listening = undefined;
    this.extra.clear();
    this.copies.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    const added = new Map<StyleScope, Element[]>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || !node.isConnected) continue;
        const element = node as Element;
        if (element.closest(`[${CLAIR_UI_ATTR}]`)) continue;
        this.scan(element);
        const scope = element.getRootNode() as StyleScope;
        const list = added.get(scope) ?? [];
        list.push(element);
        added.set(scope, list);
      }
    }
    if (added.size === 0 || this.watchers.size === 0) return;
    for (const [scope, elements] of added) {
      for (const watcher of this.watchers) guard('scope watcher', () => watcher.added?.(elements, scope), undefined);
    }
  }

  /** Finds open shadow roots and iframes in `root` (an element and its descendants). */
  private scan(root: Element | null): void {
    if (!root) return;
    const visit = (el: Element) => {
      if (el.shadowRoot && !el.hasAttribute(CLAIR_UI_ATTR)) this.addScope(el.shadowRoot);
      if (el.localName === 'iframe' && !el.hasAttribute(CLAIR_UI_ATTR)) this.watchFrame(el as HTMLIFrameElement);
    };
    visit(root);
    // Custom elements defined later attach their shadow root on upgrade: look again then.
    const registry = root.ownerDocument.defaultView?.customElements;
    const later = (el: Element) =>
      void registry?.whenDefined(el.localName).then(() => {
        if (this.active && el.isConnected) guard('host styles', () => this.scan(el), undefined);
      });
    if (root.localName.includes('-') && !root.matches(':defined')) later(root);
    // A leaf (text wrappers such as glossary marks, added by the hundred): nothing inside to scan.
    if (!root.firstElementChild) return;
    for (const el of root.querySelectorAll('*')) visit(el);
    for (const el of root.querySelectorAll(':not(:defined)')) later(el);
  }

  private watchFrame(frame: HTMLIFrameElement): void {
    const signal = this.listening?.signal;
    if (!signal) return;
    // A frame's document is replaced when it loads: style the new one each time.
    frame.addEventListener('load', () => guard('host styles', () => this.addFrame(frame), undefined), { signal });
    this.addFrame(frame);
  }

  private addFrame(frame: HTMLIFrameElement): void {
    const doc = guard('iframe access', () => frame.contentDocument, null);
    if (!doc || !this.active) return;
    this.addScope(doc);
  }

  private addScope(scope: StyleScope): void {
    if (this.extra.has(scope) || scope === this.doc) return;
    this.extra.add(scope);
    this.observer?.observe(scope, { childList: true, subtree: true });
    for (const owner of this.sheets.keys()) this.adopt(scope, owner);
    if (isShadowRoot(scope)) for (const child of scope.children) this.scan(child);
    else this.scan(scope.body ?? scope.documentElement);
    for (const watcher of this.watchers) guard('scope watcher', () => watcher.scope?.(scope), undefined);
  }

  private adopt(scope: StyleScope, owner: string): void {
    const sheet = this.sheetFor(scope, owner, true);
    if (!sheet || scope.adoptedStyleSheets.includes(sheet)) return;
    guard('host styles', () => (scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet]), undefined);
  }

  /** The owner's sheet usable in `scope`: the main one, or a copy built by the scope's window. */
  private sheetFor(scope: StyleScope, owner: string, create: boolean): CSSStyleSheet | undefined {
    const doc = isShadowRoot(scope) ? scope.ownerDocument : scope;
    if (doc === this.doc) return this.sheets.get(owner);
    let copies = this.copies.get(doc);
    let sheet = copies?.get(owner);
    const text = this.texts.get(owner);
    if (sheet || !create || text === undefined || !doc.defaultView) return sheet;
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(text);
    if (!copies) this.copies.set(doc, (copies = new Map()));
    copies.set(owner, sheet);
    return sheet;
  }

  /** Forgets shadow roots whose host left the page and documents of frames that navigated away. */
  private prune(): void {
    for (const scope of this.extra) {
      const gone = isShadowRoot(scope) ? !scope.host.isConnected : !scope.defaultView;
      if (gone) this.extra.delete(scope);
    }
  }
}

/** Works across frames, where `instanceof ShadowRoot` would compare with another window's class. */
export function isShadowRoot(scope: StyleScope): scope is ShadowRoot {
  return scope.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
}
