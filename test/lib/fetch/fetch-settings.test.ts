import { describe, expect, it } from 'vitest';
import { readFetchSettings } from '../../../src/lib/fetch/fetch-settings.ts';

describe('readFetchSettings', { timeout: 5_000 }, () => {
  it('readFetchSettings: without a key (or with only spaces) nothing else is looked at', () => {
    expect(readFetchSettings({})).toMatchObject({ ok: false, missingKey: true, message: expect.stringContaining('JOBINDSATS_API_KEY er ikke sat') });
    expect(readFetchSettings({ JOBINDSATS_API_KEY: '  ' })).toMatchObject({ ok: false, missingKey: true });
  });
  it('readFetchSettings: defaults are the v3 API, 30 s per request, 600 s per run, backoff 1 s capped at 8 s', () => {
    expect(readFetchSettings({ JOBINDSATS_API_KEY: 'k' })).toEqual({
      ok: true,
      settings: { key: 'k', base: 'https://api.jobindsats.dk/v3', timeoutMs: 30_000, runTimeoutMs: 600_000, retry: { tries: 4, baseMs: 1000, capMs: 8000 } },
    });
  });
  it('readFetchSettings: a small backoff keeps the same shape (cap 8 × base); a trailing slash is dropped', () => {
    const read = readFetchSettings({
      JOBINDSATS_API_KEY: 'k',
      JOBINDSATS_BASE_URL: 'http://127.0.0.1:8080/v3/',
      JOBINDSATS_TIMEOUT_S: '0,5',
      JOBINDSATS_BACKOFF_MS: '50',
    });
    expect(read).toMatchObject({ ok: true, settings: { base: 'http://127.0.0.1:8080/v3', timeoutMs: 500, retry: { baseMs: 50, capMs: 400 } } });
  });
  it('readFetchSettings: every bad value is named at once', () => {
    const read = readFetchSettings({
      JOBINDSATS_API_KEY: 'k',
      JOBINDSATS_BASE_URL: 'api.jobindsats.dk',
      JOBINDSATS_TIMEOUT_S: '0',
      JOBINDSATS_RUN_TIMEOUT_S: 'lang',
    });
    expect(read).toEqual({
      ok: false,
      missingKey: false,
      message: [
        'JOBINDSATS_BASE_URL skal være en http(s)-adresse, ikke "api.jobindsats.dk"',
        'JOBINDSATS_TIMEOUT_S skal være et positivt tal, ikke "0"',
        'JOBINDSATS_RUN_TIMEOUT_S skal være et positivt tal, ikke "lang"',
      ].join('\n'),
    });
  });
});
