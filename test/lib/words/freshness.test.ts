import { describe, expect, test } from 'vitest';
import { freshness, STALE_AFTER_DAYS } from '../../../src/lib/words/freshness.ts';

const release = { date: '2026-08-22', retrieved: '2026-08-22', title: "Jobindsats.dk (STAR), hentet via jobindsats' API v3" };

describe('freshness', () => {
  test('names the release and the newest month, as the footer says it', () => {
    const f = freshness({ release, newestPeriod: '2026M07', builtAt: '2026-08-23T05:17:00Z' });
    expect(f.line).toBe('Tal fra jobindsats.dk hentet 22. august 2026 · nyeste måned juli 2026');
    expect(f).toMatchObject({ ageDays: 1, stale: false, warning: undefined });
  });

  test(`is fresh on day ${STALE_AFTER_DAYS} and stale the day after`, () => {
    expect(freshness({ release, newestPeriod: '2026M07', builtAt: '2026-10-06T23:59:00Z' }).stale).toBe(false); // 45 days
    const late = freshness({ release, newestPeriod: '2026M07', builtAt: '2026-10-07T00:00:00Z' });
    expect(late.ageDays).toBe(46);
    expect(late.stale).toBe(true);
  });

  test('a build in December of an August release says plainly that the numbers may be out of date', () => {
    const f = freshness({ release, newestPeriod: '2026M07', builtAt: '2026-12-14T09:00:00Z' });
    expect(f.warning).toBe(
      'Tallene kan være forældede: de blev hentet for 114 dage siden, da siden blev bygget 14. december 2026, og jobindsats.dk udgiver nye tal hver måned.',
    );
  });

  test('files read in by hand are "indlæst"; a quarter is a period, not a month; no release says only the period', () => {
    const files = { date: '2026-10-01', retrieved: '2026-10-01', title: 'Indlæste filer' };
    expect(freshness({ release: files, newestPeriod: '2026Q3', builtAt: '2026-10-02T00:00:00Z' }).line).toBe(
      'Tal indlæst 1. oktober 2026 · nyeste periode 3. kvartal 2026',
    );
    expect(freshness({ release: undefined, newestPeriod: '2019Q1', builtAt: '2026-10-02T00:00:00Z' })).toEqual({
      line: 'Nyeste periode 1. kvartal 2019',
      ageDays: null,
      stale: false,
      warning: undefined,
    });
  });
});
