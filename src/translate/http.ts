/**
 * HTTP for remote engines: every request has a time limit, can be cancelled, sends no cookies and
 * no Referer (the page address can itself be private), and every failure becomes a
 * TranslationError whose kind says what happened (timeout, offline, CORS, 4xx, 5xx...).
 */
import { TranslationError } from './engine.js';

/** Answers larger than this are refused before parsing. */
export const MAX_RESPONSE_CHARS = 2_000_000;

export interface RequestOptions {
  readonly method?: 'GET' | 'POST';
  readonly body?: string | URLSearchParams;
  readonly json?: boolean;
  readonly timeout: number;
  readonly signal?: AbortSignal;
  /** Same-origin requests (site files) may use the site's cookies; engines never do. */
  readonly sameOrigin?: boolean;
  /** Statuses retried once (APy answers 500/503 for a moment under load). */
  readonly retryOn?: readonly number[];
}

export async function request(url: string, options: RequestOptions): Promise<string> {
  try {
    return await once(url, options);
  } catch (error) {
    if (error instanceof TranslationError && error.status !== undefined && options.retryOn?.includes(error.status)) {
      await delay(300, options.signal);
      return once(url, options);
    }
    throw error;
  }
}

export async function requestJson(url: string, options: RequestOptions): Promise<unknown> {
  const text = await request(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TranslationError('invalid', `${host(url)} answered something that is not JSON`);
  }
}

async function once(url: string, options: RequestOptions): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        body: options.body ?? null,
        headers: options.json ? { 'content-type': 'application/json' } : undefined,
        credentials: options.sameOrigin ? 'same-origin' : 'omit',
        referrerPolicy: options.sameOrigin ? 'strict-origin-when-cross-origin' : 'no-referrer',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch {
      if (timedOut) throw new TranslationError('timeout', `${host(url)} did not answer within ${options.timeout} ms`);
      if (options.signal?.aborted) throw new TranslationError('aborted', 'cancelled');
      throw await networkFailure(url);
    }
    if (!response.ok) {
      const kind = response.status >= 500 ? 'server' : 'client';
      throw new TranslationError(kind, `${host(url)} answered HTTP ${response.status}`, response.status);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_RESPONSE_CHARS * 4) throw new TranslationError('tooLarge', `${host(url)} answered ${length} bytes`);
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (timedOut) throw new TranslationError('timeout', `${host(url)} did not finish answering within ${options.timeout} ms`);
      if (options.signal?.aborted) throw new TranslationError('aborted', 'cancelled');
      throw new TranslationError('unreachable', `the connection to ${host(url)} broke`);
    }
    if (text.length > MAX_RESPONSE_CHARS) throw new TranslationError('tooLarge', `${host(url)} answered ${text.length} characters`);
    return text;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * fetch() says nothing about why it failed. Offline is the browser's own flag; otherwise an opaque
 * request (no body, no page content) tells a server that exists but refuses this site (CORS) from
 * one that cannot be reached at all.
 */
async function networkFailure(url: string): Promise<TranslationError> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new TranslationError('offline', 'the browser is offline');
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3_000);
  try {
    await fetch(new URL(url).origin + '/', {
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    return new TranslationError('cors', `${host(url)} does not allow requests from ${location.origin} (CORS)`);
  } catch {
    return new TranslationError('unreachable', `${host(url)} cannot be reached`);
  } finally {
    clearTimeout(timer);
  }
}

export function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new TranslationError('aborted', 'cancelled'));
      },
      { once: true },
    );
  });
}
