/**
 * The visitor's answer to "the text of this page will be sent to <host>", remembered per host in
 * this browser (a page of the same site never asks twice). Only a yes is remembered.
 */
const KEY = 'clair:translate:consent';
const memory = new Set<string>();

function read(): string[] {
  try {
    const data = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(data) ? data.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

export function hasConsent(host: string): boolean {
  return memory.has(host) || read().includes(host);
}

export function giveConsent(host: string): void {
  memory.add(host);
  try {
    const hosts = read();
    if (!hosts.includes(host)) localStorage.setItem(KEY, JSON.stringify([...hosts, host]));
  } catch {
    /* storage blocked: remembered for this page only */
  }
}

/** "Forget": the next translation asks again. */
export function withdrawConsent(host: string): void {
  memory.delete(host);
  try {
    localStorage.setItem(KEY, JSON.stringify(read().filter((h) => h !== host)));
  } catch {
    /* nothing stored */
  }
}
