import { describe, expect, it } from 'vitest';
import { fetchWithRetry, type FetchOptions } from '../../../src/lib/fetch/fetch-with-retry.ts';

type Step = Response | Error | 'hang';

/** A fetch that answers from a script of steps and records the waits instead of sleeping. */
function scripted(steps: Step[], extra: Partial<FetchOptions> = {}) {
  const waits: number[] = [];
  let calls = 0;
  const options: FetchOptions = {
    fetch: (_url, init) => {
      const step = steps[Math.min(calls++, steps.length - 1)]!;
      if (step === 'hang') return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
      return step instanceof Error ? Promise.reject(step) : Promise.resolve(step.clone());
    },
    headers: { Authorization: 'Bearer k' },
    timeoutMs: 1000,
    retry: { tries: 4, baseMs: 1000, capMs: 8000 },
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  };
  return { options, waits, calls: () => calls };
}

const ok = (body: string) => new Response(body, { status: 200 });
const status = (code: number, body = '', headers: Record<string, string> = {}) => new Response(body, { status: code, headers });
const refused = () => new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });

describe('fetchWithRetry', { timeout: 5_000 }, () => {
  it('fetchWithRetry: 429 then 200 is one wait of the base backoff and the body', async () => {
    const { options, waits } = scripted([status(429), ok('{"columns":[],"rows":[]}')]);
    expect(await fetchWithRetry('u', options)).toEqual({ ok: true, status: 200, body: '{"columns":[],"rows":[]}', tries: 2 });
    expect(waits).toEqual([1000]);
  });
  it('fetchWithRetry: 500 forever is four tries with 1, 2 and 4 s between, then the status and body', async () => {
    const { options, waits, calls } = scripted([status(500, '{"code":500,"cause":"Intern fejl"}')]);
    expect(await fetchWithRetry('u', options)).toEqual({
      ok: false,
      kind: 'http',
      status: 500,
      tries: 4,
      message: 'HTTP 500: «{"code":500,"cause":"Intern fejl"}» (opgivet efter 4 forsøg)',
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(calls()).toBe(4);
  });
  it('fetchWithRetry: a refused connection is retried and named by its code', async () => {
    const { options, calls } = scripted([refused()]);
    expect(await fetchWithRetry('u', options)).toMatchObject({ ok: false, kind: 'network', message: 'netværksfejl: ECONNREFUSED (opgivet efter 4 forsøg)' });
    expect(calls()).toBe(4);
  });
  it('fetchWithRetry: 401 is the key, at once, never retried; so is a 200 with the v2 message', async () => {
    const first = scripted([status(401, '{"code":401,"cause":"Unauthorized"}')]);
    expect(await fetchWithRetry('u', first.options)).toEqual({
      ok: false,
      kind: 'key',
      status: 401,
      tries: 1,
      message: 'HTTP 401: «{"code":401,"cause":"Unauthorized"}»',
    });
    const v2 = scripted([ok('{"Forkert nøgle eller nøglen er udløbet.":""}')]);
    expect(await fetchWithRetry('u', v2.options)).toMatchObject({ ok: false, kind: 'key', tries: 1 });
  });
  it('fetchWithRetry: 404 and 422 are not retried; the server will say the same again', async () => {
    const { options, calls } = scripted([status(422, '{"code":422,"cause":"Ukendt hierarki"}')]);
    expect(await fetchWithRetry('u', options)).toMatchObject({ ok: false, kind: 'http', status: 422, tries: 1 });
    expect(calls()).toBe(1);
  });
  it('fetchWithRetry: a Retry-After of an hour is not obeyed: the request fails after that try', async () => {
    const { options, waits } = scripted([status(429, 'slow down', { 'retry-after': '3600' })]);
    expect(await fetchWithRetry('u', options)).toMatchObject({
      ok: false,
      tries: 1,
      message: expect.stringContaining('serveren bad om at vente 3.600 s (Retry-After)'),
    });
    expect(waits).toEqual([]);
  });
  it('fetchWithRetry: no answer within the limit is a timeout, retried, with real (short) timers', async () => {
    const { options, calls } = scripted(['hang'], { timeoutMs: 30, retry: { tries: 2, baseMs: 1, capMs: 1 } });
    const started = performance.now();
    expect(await fetchWithRetry('u', options)).toMatchObject({
      ok: false,
      kind: 'timeout',
      tries: 2,
      message: 'intet fuldt svar inden for 0,03 s (opgivet efter 2 forsøg)',
    });
    expect(calls()).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('fetchWithRetry: once the run is out of time nothing more is tried', async () => {
    const run = new AbortController();
    const { options, calls } = scripted([status(503)], { signal: run.signal, sleep: async () => run.abort() });
    expect(await fetchWithRetry('u', options)).toMatchObject({ ok: false, kind: 'run-timeout', tries: 1 });
    expect(calls()).toBe(1);
  });
});
