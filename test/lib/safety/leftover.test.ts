import { describe, expect, it } from 'vitest';
import { leftoverOf, lockName, previousName, releaseLeftoverPid, releaseTempName, stageName, workLeftoverPid } from '../../../src/lib/safety/leftover.ts';

describe('leftoverOf', () => {
  it("recognises a build's staged and previous site and a lock being written, for its own target only", () => {
    expect(leftoverOf(stageName('dist', 123), 'dist')).toEqual({ pid: 123, kind: 'stage' });
    expect(leftoverOf(previousName('dist', 123), 'dist')).toEqual({ pid: 123, kind: 'previous' });
    expect(leftoverOf(`${lockName('dist')}.77.tmp`, 'dist')).toEqual({ pid: 77, kind: 'other' });
    expect(leftoverOf('.dist-real.ny-123', 'dist')).toBeUndefined();
    expect(leftoverOf('.dist.ny-123', 'dist-real')).toBeUndefined();
  });

  it('recognises datasets being built or written, and nothing else', () => {
    expect(leftoverOf('dataset.json.ny-123', 'dataset.json')).toEqual({ pid: 123, kind: 'other' });
    expect(leftoverOf('dataset.json.ny-123.456.tmp', 'dataset.json')).toEqual({ pid: 123, kind: 'other' });
    expect(leftoverOf('dataset.json.99.tmp', 'dataset.json')).toEqual({ pid: 99, kind: 'other' });
    for (const name of ['dataset.json', 'dist', 'dist-real', 'speciale.docx', '.dist', '.dist.lock', 'datasetXjson.ny-1'])
      expect(leftoverOf(name, name === 'datasetXjson.ny-1' ? 'dataset.json' : 'dist')).toBeUndefined();
  });

  it('a release being written into the archive, and a work folder, carry their pid', () => {
    expect(releaseLeftoverPid(releaseTempName('2026-10-01', 555))).toBe(555);
    expect(releaseLeftoverPid('2026-10-01')).toBeUndefined();
    expect(releaseLeftoverPid('.ny-2026-10-01')).toBeUndefined();
    expect(workLeftoverPid('31337')).toBe(31337);
    expect(workLeftoverPid('test')).toBeUndefined();
  });
});
