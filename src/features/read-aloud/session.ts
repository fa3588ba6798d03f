/**
 * What the read-aloud player (panel chunk) and the read-aloud module (its own chunk) share: one
 * object per page. The player records where the visitor is (selection, last clicked or focused
 * paragraph), says what to read, then turns the feature on; the module reads and reports its state.
 * Creating it has no side effect: listeners are attached by `track()` while the player is shown.
 */
import { isClairNode } from '../../core/clair-node.js';
import { blockOf, mainContent } from './text.js';

/** What to read: the selection, from a paragraph to the end of the content, or the main content. */
export type Source =
  | { readonly kind: 'selection'; readonly range: Range }
  | { readonly kind: 'from'; readonly block: Element }
  | { readonly kind: 'page' };

export type ReaderState = 'idle' | 'loading' | 'playing' | 'paused';

export type Problem = 'noSpeech' | 'noVoice' | 'nothing' | 'failed';

/** What the player may ask of the module while it reads. */
export interface ReaderControls {
  pause(): void;
  resume(): void;
  /** Starts again from another place without stopping the feature. */
  restart(source: Source): void;
  /** Speaks the rest with the voice chosen in `session.voiceUri`. */
  refresh(): void;
}

class ReadAloudSession extends EventTarget {
  state: ReaderState = 'idle';
  /** The voice the visitor picked (for this page). */
  voiceUri: string | undefined;
  /** Set by the player just before turning the feature on. */
  request: Source | undefined;
  /** Present while the feature is on. */
  controls: ReaderControls | undefined;
  /** Why reading stopped or could not start, for the player to say (a key under `readAloud.problem`). */
  problem: Problem | undefined;
  /** True once a reading went to its end (the player says so). */
  finished = false;
  private selection: Range | undefined;
  private block: Element | undefined;

  setState(state: ReaderState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }

  report(problem: Problem | undefined, finished = false): void {
    this.problem = problem;
    this.finished = finished;
    this.dispatchEvent(new Event('change'));
  }

  /** Remembers the visitor's last selection and the last paragraph clicked or focused. */
  track(doc: Document, signal: AbortSignal): void {
    const onPoint = (event: Event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Node) || isClairNode(target) || !doc.body.contains(target)) return;
      this.block = blockOf(target) ?? undefined;
      this.dispatchEvent(new Event('change'));
    };
    const onSelection = () => {
      const selection = doc.getSelection();
      const anchor = selection?.anchorNode;
      // Selections inside Clair's UI (or focus moving there) leave the remembered one alone.
      if (!selection || !anchor || !doc.body.contains(anchor) || isClairNode(anchor)) return;
      const range = selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
      const next = range && /\S/.test(range.toString()) ? range.cloneRange() : undefined;
      if (next || this.selection) {
        this.selection = next;
        this.dispatchEvent(new Event('change'));
      }
    };
    const options = { capture: true, passive: true, signal };
    doc.addEventListener('pointerdown', onPoint, options);
    doc.addEventListener('focusin', onPoint, options);
    doc.addEventListener('selectionchange', onSelection, { signal });
  }

  /** What "Read" will read now. */
  nextSource(doc: Document): Source {
    if (this.selection && !this.selection.collapsed && this.selection.startContainer.isConnected) {
      return { kind: 'selection', range: this.selection };
    }
    if (this.block?.isConnected && this.block !== doc.body && this.block !== mainContent(doc)) {
      return { kind: 'from', block: this.block };
    }
    return { kind: 'page' };
  }
}

export const session = new ReadAloudSession();
