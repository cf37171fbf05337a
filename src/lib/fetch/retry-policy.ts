/** When a failed request is worth another try, and how long to wait first: bounded tries, capped exponential backoff. */

export interface RetryOptions {
  /** Tries in all, the first included. */
  tries: number;
  /** Wait before the second try; doubled for each further try. */
  baseMs: number;
  /** No wait is longer, and a Retry-After beyond it is not obeyed: the request fails instead. */
  capMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { tries: 4, baseMs: 1000, capMs: 8000 };

/** Rate limiting and server errors pass; anything else the server says will say it again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** The wait after try `attempt` (1-based): base, 2·base, 4·base … never above the cap. */
export function backoffMs(attempt: number, options: RetryOptions): number {
  return Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
}

/** Retry-After as milliseconds: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('da-DK', { maximumFractionDigits: 1 })} s`;

/** After try `attempt` failed in a retryable way: wait and try again, or give up (and say why, in Danish). */
export function nextTry(attempt: number, options: RetryOptions, retryAfter?: string | null, now = Date.now()): RetryDecision {
  if (attempt >= options.tries) return { retry: false, reason: `opgivet efter ${attempt} forsøg` };
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined && asked > options.capMs) {
    return {
      retry: false,
      reason: `serveren bad om at vente ${seconds(asked)} (Retry-After), mere end grænsen på ${seconds(options.capMs)}; opgivet efter ${attempt} forsøg`,
    };
  }
  return { retry: true, delayMs: asked ?? backoffMs(attempt, options) };
}
