import { describe, expect, it } from 'vitest';
import { previousFile, type ArchivedRelease } from '../../../src/lib/fetch/previous-file.ts';
import { planRequests } from '../../../src/lib/fetch/plan-requests.ts';
import { catalogue } from '../../support/ingest-fixtures.ts';

const y60a02 = planRequests(catalogue).requests.find((r) => r.table === 'y60a02')!;
const file = (name: string, tables: string[], rows: number) => ({ file: name, tables, rows, periods: { first: '2021M08', last: '2026M07', count: 60 } });

const archive: ArchivedRelease[] = [
  {
    release: '2026-08-22',
    files: [file('y60a02-y60c02_visitation_og_tilbud_2026M07.csv', ['y60a02', 'y60c02'], 99), file('y60a02_kontanthjaelp.csv', ['y60a02'], 5940)],
  },
  { release: '2026-09-25', files: [file('y60c07.csv', ['y60c07'], 5940)] },
  { release: '2026-10-24', files: [file('y60a02.csv', ['y60a02'], 5900)] },
];

describe('previousFile', { timeout: 5_000 }, () => {
  it('previousFile: the newest earlier release with the same file', () => {
    expect(previousFile(archive, y60a02, '2026-11-24')).toEqual({ release: '2026-10-24', file: 'y60a02.csv', rows: 5900, periods: 60 });
  });
  it('previousFile: a release without the table is skipped; a file named otherwise counts when it holds just that table (not a combined file)', () => {
    expect(previousFile(archive, y60a02, '2026-10-24')).toEqual({ release: '2026-08-22', file: 'y60a02_kontanthjaelp.csv', rows: 5940, periods: 60 });
  });
  it('previousFile: nothing before the first release', () => {
    expect(previousFile(archive, y60a02, '2026-08-22')).toBeUndefined();
  });
});
