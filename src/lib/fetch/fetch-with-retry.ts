/**
 * One GET with a time limit per try (headers and body alike: a server that drips bytes is cut off too), bounded
 * retries on 429, 5xx, network errors and timeouts, and a rejected key told apart. The fetch and the clock are
 * injected; no file system here.
 */
import { isKeyRejection, shortBody } from './jobindsats-response.ts';
import { nextTry, isRetryableStatus, type RetryOptions } from './retry-policy.ts';

export interface FetchOptions {
  fetch: (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;
  headers: Record<string, string>;
  /** Limit per try, from the request until the last byte of the body. */
  timeoutMs: number;
  retry: RetryOptions;
  /** The whole run's bound: once aborted, nothing more is tried. */
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Told before each wait, e.g. to print "HTTP 503, prøver igen om 2 s". */
  onRetry?: (info: { attempt: number; delayMs: number; what: string }) => void;
}

export type FetchFailure = 'key' | 'http' | 'network' | 'timeout' | 'run-timeout';

export type FetchOutcome =
  { ok: true; status: number; body: string; tries: number } | { ok: false; kind: FetchFailure; message: string; tries: number; status?: number };

/** Resolves after `ms`, or rejects at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('da-DK', { maximumFractionDigits: 2 })} s`;

/** "ECONNREFUSED" rather than node's "fetch failed". */
function networkWhat(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

export async function fetchWithRetry(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const wait = options.sleep ?? sleep;
  const now = options.now ?? Date.now;
  const run = options.signal;
  const runOut = (tries: number): FetchOutcome => ({ ok: false, kind: 'run-timeout', tries, message: 'kørslens samlede tidsgrænse er nået' });
  for (let attempt = 1; ; attempt++) {
    if (run?.aborted) return runOut(attempt - 1);
    const limit = AbortSignal.timeout(options.timeoutMs);
    const signal = run ? AbortSignal.any([limit, run]) : limit;
    let what: string;
    let kind: FetchFailure;
    let status: number | undefined;
    let retryAfter: string | null = null;
    try {
      const response = await options.fetch(url, { headers: options.headers, signal });
      status = response.status;
      const body = await response.text();
      if (isKeyRejection(status, body)) {
        return { ok: false, kind: 'key', status, tries: attempt, message: `HTTP ${status}: ${shortBody(body)}` };
      }
      if (response.ok) return { ok: true, status, body, tries: attempt };
      what = `HTTP ${status}: ${shortBody(body)}`;
      kind = 'http';
      if (!isRetryableStatus(status)) return { ok: false, kind, status, tries: attempt, message: what };
      retryAfter = response.headers.get('retry-after');
    } catch (error) {
      if (run?.aborted) return runOut(attempt);
      if (limit.aborted) {
        kind = 'timeout';
        what = `intet fuldt svar inden for ${seconds(options.timeoutMs)}${status === undefined ? '' : ` (HTTP ${status}, men svaret blev ikke færdigt)`}`;
      } else {
        kind = 'network';
        what = `netværksfejl: ${networkWhat(error)}`;
      }
    }
    const decision = nextTry(attempt, options.retry, retryAfter, now());
    if (!decision.retry) return { ok: false, kind, tries: attempt, message: `${what} (${decision.reason})`, ...(status === undefined ? {} : { status }) };
    options.onRetry?.({ attempt, delayMs: decision.delayMs, what });
    try {
      await wait(decision.delayMs, run);
    } catch {
      return runOut(attempt);
    }
  }
}
