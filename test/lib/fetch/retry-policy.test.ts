import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY, isRetryableStatus, nextTry, parseRetryAfter } from '../../../src/lib/fetch/retry-policy.ts';

describe('retry policy', { timeout: 5_000 }, () => {
  it('backoffMs: 1, 2, 4 s, then never above the 8 s cap', () => {
    expect([1, 2, 3, 4, 5, 10].map((attempt) => backoffMs(attempt, DEFAULT_RETRY))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it('isRetryableStatus: 429 and 5xx are worth another try; 400, 401, 404 and 422 are not', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });
  it('nextTry: at most 4 tries in all', () => {
    expect(nextTry(3, DEFAULT_RETRY)).toEqual({ retry: true, delayMs: 4000 });
    expect(nextTry(4, DEFAULT_RETRY)).toEqual({ retry: false, reason: 'opgivet efter 4 forsøg' });
  });
  it('nextTry: a Retry-After within the cap is obeyed; beyond it the request fails instead of waiting an hour', () => {
    expect(nextTry(1, DEFAULT_RETRY, '3')).toEqual({ retry: true, delayMs: 3000 });
    expect(nextTry(1, DEFAULT_RETRY, '3600')).toEqual({
      retry: false,
      reason: 'serveren bad om at vente 3.600 s (Retry-After), mere end grænsen på 8 s; opgivet efter 1 forsøg',
    });
  });
  it('parseRetryAfter: seconds or an HTTP date; nonsense is ignored', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('snart', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(nextTry(2, DEFAULT_RETRY, 'snart')).toEqual({ retry: true, delayMs: 2000 });
  });
});
