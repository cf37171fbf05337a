import { describe, expect, it } from 'vitest';
import { nearestPeriod } from '../../../src/lib/period/nearest-period.ts';

describe('nearestPeriod: moving to another measure keeps the month, or the nearest one it has', () => {
  it('nearestPeriod: the same month when the measure has it', () => {
    expect(nearestPeriod(['2026M05', '2026M06', '2026M07'], '2026M06')).toBe('2026M06');
  });
  it('nearestPeriod: the nearest month across a year boundary, the later on a tie', () => {
    expect(nearestPeriod(['2025M11', '2026M03'], '2026M01')).toBe('2026M03');
    expect(nearestPeriod(['2025M12', '2026M04'], '2026M01')).toBe('2025M12');
  });
  it('nearestPeriod: a month before a series starts gives its first month; none for an empty series', () => {
    expect(nearestPeriod(['2021M08', '2021M09'], '2018M12')).toBe('2021M08');
    expect(nearestPeriod([], '2018M12')).toBeUndefined();
  });
});
