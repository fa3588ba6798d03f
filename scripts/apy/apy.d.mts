/** Types for apy.mjs (used from the TypeScript tests). */
export declare const APY_PYTHON: string;
export declare const APY_MODES: string;
export declare function apyMissing(): string | null;
export declare function startApy(options?: {
  port?: number;
  timeout?: number;
  log?: (line: string) => void;
}): Promise<{ port: number; url: string; pid: number; stop: () => Promise<void> }>;
export declare function warmApy(url: string, pairs?: string[]): Promise<void>;
