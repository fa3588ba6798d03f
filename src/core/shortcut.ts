/**
 * The keyboard shortcut that opens the panel. It must never take keys the page, the browser or
 * assistive technologies use, so some combinations are refused outright:
 * - a single modifier + letter with Ctrl/Meta (browser shortcuts: copy, find, print...);
 * - Alt + letter alone (menus, accesskeys in Chrome);
 * - Ctrl + Alt (AltGr on many keyboards types characters; Ctrl+Option is VoiceOver's key on macOS);
 * - Ctrl+Shift + letters used by browsers' tools (I, J, C, N, T, W, B, O, P, Q, R, Delete).
 * Screen readers use Insert, CapsLock and Ctrl+Option, which Clair never listens to.
 */
export interface Shortcut {
  readonly alt: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  /** KeyboardEvent.code: KeyA…KeyZ or Digit0…Digit9 (layout-independent). */
  readonly code: string;
  /** As given, for messages. */
  readonly label: string;
}

const BROWSER_CTRL_SHIFT = new Set(['I', 'J', 'C', 'N', 'T', 'W', 'B', 'O', 'P', 'Q', 'R', 'DELETE']);

export function parseShortcut(text: string): Shortcut | null {
  const parts = text.split('+').map((p) => p.trim().toUpperCase());
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  const known = ['ALT', 'SHIFT', 'CTRL', 'CONTROL', 'META', 'CMD'];
  if (parts.length !== mods.size || [...mods].some((m) => !known.includes(m))) return null;
  if (!/^[A-Z0-9]$/.test(key)) return null;
  const s = {
    alt: mods.has('ALT'),
    ctrl: mods.has('CTRL') || mods.has('CONTROL'),
    meta: mods.has('META') || mods.has('CMD'),
    shift: mods.has('SHIFT'),
  };
  if (!s.alt && !s.ctrl && !s.meta) return null;
  if ((s.ctrl || s.meta) && !s.alt && !s.shift) return null;
  if (s.alt && !s.ctrl && !s.meta && !s.shift) return null;
  if (s.ctrl && s.alt) return null;
  if ((s.ctrl || s.meta) && s.shift && !s.alt && BROWSER_CTRL_SHIFT.has(key)) return null;
  return Object.freeze({ ...s, code: /\d/.test(key) ? `Digit${key}` : `Key${key}`, label: text.trim() });
}

export function matchesShortcut(event: KeyboardEvent, s: Shortcut): boolean {
  return (
    event.code === s.code &&
    event.altKey === s.alt &&
    event.ctrlKey === s.ctrl &&
    event.metaKey === s.meta &&
    event.shiftKey === s.shift
  );
}

/** The letter or digit of the shortcut, to compare with the page's accesskeys. */
export function shortcutKey(s: Shortcut): string {
  return s.code.slice(-1);
}
