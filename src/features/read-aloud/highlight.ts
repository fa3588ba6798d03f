/**
 * Shows what is being read: the sentence and the word, with the CSS Custom Highlight API (ranges
 * painted by the browser: the page's DOM is not touched). Where the API is missing, the block being
 * read gets a marker attribute instead (styled by the feature's sheet, removed on stop): wrapping
 * the sentence in an element would split the page's text nodes under the reader's own offsets.
 * See: https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */
export const SENTENCE = 'clair-read-sentence';
export const WORD = 'clair-read-word';
export const FALLBACK_ATTR = 'data-clair-reading';

export class ReadingHighlight {
  private block: Element | null = null;

  constructor(private readonly supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {}

  get usesHighlights(): boolean {
    return this.supported;
  }

  sentence(range: Range | null, block: Element): void {
    if (this.supported) {
      this.set(SENTENCE, range, 0);
      CSS.highlights.delete(WORD);
      return;
    }
    if (this.block === block) return;
    this.block?.removeAttribute(FALLBACK_ATTR);
    block.setAttribute(FALLBACK_ATTR, '');
    this.block = block;
  }

  word(range: Range | null): void {
    if (this.supported) this.set(WORD, range, 1);
  }

  clear(): void {
    if (this.supported) {
      CSS.highlights.delete(SENTENCE);
      CSS.highlights.delete(WORD);
    }
    this.block?.removeAttribute(FALLBACK_ATTR);
    this.block = null;
  }

  private set(name: string, range: Range | null, priority: number): void {
    if (!range) {
      CSS.highlights.delete(name);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  }
}
