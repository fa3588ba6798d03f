/**
 * The single mechanism by which Clair restyles the host page: constructable stylesheets adopted by
 * the document, one per owner (feature). No <style> element is ever added to the host's DOM, which
 * also keeps Clair working under a strict Content-Security-Policy (no 'unsafe-inline' needed).
 * Removing an owner's sheet restores the page's styles exactly.
 */
export class HostStyles {
  private readonly sheets = new Map<string, CSSStyleSheet>();

  constructor(private readonly doc: Document) {}

  /** Creates or replaces the owner's stylesheet. */
  set(owner: string, cssText: string): CSSStyleSheet {
    let sheet = this.sheets.get(owner);
    if (!sheet) {
      const view = this.doc.defaultView ?? window;
      sheet = new view.CSSStyleSheet();
      this.sheets.set(owner, sheet);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(cssText);
    return sheet;
  }

  has(owner: string): boolean {
    return this.sheets.has(owner);
  }

  remove(owner: string): void {
    const sheet = this.sheets.get(owner);
    if (!sheet) return;
    this.sheets.delete(owner);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
