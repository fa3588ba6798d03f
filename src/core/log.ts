/**
 * Console messages for site owners. Every message starts with "[Clair]" and ends with a short code
 * that the README's "Messages" section explains, so owners can search for it.
 */
const PREFIX = '[Clair]';

export function warn(code: string, message: string, ...details: unknown[]): void {
  console.warn(`${PREFIX} ${message} (${code})`, ...details);
}

export function info(code: string, message: string): void {
  console.info(`${PREFIX} ${message} (${code})`);
}

/** An unexpected failure inside Clair: reported, never rethrown into the host page. */
export function reportError(where: string, error: unknown): void {
  console.error(`${PREFIX} internal error in ${where} (CLAIR_INTERNAL)`, error);
}

/** Runs `fn`, turning any exception into a reported error and `fallback`. */
export function guard<T>(where: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    reportError(where, error);
    return fallback;
  }
}

/** Same as guard for promises: the returned promise never rejects. */
export async function guardAsync<T>(where: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    reportError(where, error);
    return fallback;
  }
}
