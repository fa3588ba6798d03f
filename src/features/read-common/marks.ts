/**
 * Marker attributes a reading style puts on host elements (so one stylesheet rule can target
 * them). Every mark is remembered and removed on revert, even on elements the page has detached.
 */
export class Marks {
  private readonly marked = new Set<Element>();

  constructor(readonly attr: string) {}

  set(el: Element, value = ''): void {
    if (el.getAttribute(this.attr) !== value) el.setAttribute(this.attr, value);
    this.marked.add(el);
  }

  has(el: Element): boolean {
    return this.marked.has(el);
  }

  elements(): Iterable<Element> {
    return this.marked.keys();
  }

  get size(): number {
    return this.marked.size;
  }

  clear(): void {
    for (const el of this.marked) el.removeAttribute(this.attr);
    this.marked.clear();
  }
}
