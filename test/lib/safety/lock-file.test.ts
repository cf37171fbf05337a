import { describe, expect, it } from 'vitest';
import { formatDuration, lockState, parseLock, refuseLine, serializeLock, staleLine, waitLine, type LockHolder } from '../../../src/lib/safety/lock-file.ts';

const holder: LockHolder = {
  pid: 4242,
  start: '123456',
  host: 'ci-runner',
  what: 'bygning',
  since: '2026-10-01T12:00:00.000Z',
  groups: [{ pgid: 4250, start: '123460' }],
};
const now = Date.parse('2026-10-01T12:00:12.000Z');

describe('lock file', () => {
  it('parseLock reads back what serializeLock wrote', () => {
    expect(parseLock(serializeLock(holder))).toEqual(holder);
  });

  it('parseLock: a lock cut short or not ours is unreadable, not a crash', () => {
    expect(parseLock('')).toBeUndefined();
    expect(parseLock('{"pid":42')).toBeUndefined();
    expect(parseLock('{"pid":"42","host":"x","what":"bygning","since":"x"}')).toBeUndefined();
    expect(parseLock('{"pid":42,"host":"x","what":"bygning","since":"x","groups":[{"pgid":"x"},{"pgid":7}]}')?.groups).toEqual([{ pgid: 7, start: null }]);
  });

  it("lockState: dead when the holder's pid no longer runs here; another machine's lock counts as live", () => {
    const here = (alive: boolean) => ({ host: 'ci-runner', alive: () => alive });
    expect(lockState(holder, here(true))).toBe('live');
    expect(lockState(holder, here(false))).toBe('dead');
    expect(lockState({ ...holder, host: 'en-anden' }, here(false))).toBe('live');
  });

  it('the wait, refusal and stale lines, in Danish', () => {
    expect(waitLine(holder, 'i denne checkout', '.cache/.bygning.lock', 1_800_000, 'ci-runner', now)).toBe(
      'Venter: en anden bygning (pid 4242, startet for 12 s siden) er i gang i denne checkout (lås: .cache/.bygning.lock). Venter højst 30 min …',
    );
    expect(refuseLine({ ...holder, host: 'laptop' }, 'til dist/', '.dist.lock', 60_000, 'ci-runner', now)).toBe(
      'en anden bygning (pid 4242 på laptop, startet for 12 s siden) er stadig i gang til dist/ efter 60 s ventetid. Intet er ændret. ' +
        'Kør igen, når den er færdig; er du sikker på, at den ikke kører, så slet låsen .dist.lock.',
    );
    expect(refuseLine(holder, 'til dist/', '.dist.lock', 0, 'ci-runner', now)).toContain('er stadig i gang til dist/. Intet er ændret.');
    expect(staleLine(holder, '.dist.lock')).toBe('Fjernede en forældet lås fra en afbrudt bygning (pid 4242 kører ikke længere): .dist.lock');
  });

  it('formatDuration: seconds up to two minutes, then minutes', () => {
    expect([formatDuration(400), formatDuration(119_000), formatDuration(1_800_000)]).toEqual(['0 s', '119 s', '30 min']);
  });
});
