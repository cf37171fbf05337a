import { describe, expect, it } from 'vitest';
import { describeMissing, planRequests, requestUrl } from '../../../src/lib/fetch/plan-requests.ts';
import type { Catalogue } from '../../../src/lib/reference/catalogue.ts';
import { catalogue } from '../../support/ingest-fixtures.ts';

/** The real catalogue with some indicators' jobindsats entries changed. */
function withJobindsats(changes: Record<string, object>): Catalogue {
  return { ...catalogue, indicators: catalogue.indicators.map((i) => (changes[i.id] ? { ...i, jobindsats: { ...i.jobindsats!, ...changes[i.id] } } : i)) };
}

describe('planRequests', { timeout: 5_000 }, () => {
  it('planRequests: the catalogue gives one request per table whose place is known, in catalogue order', () => {
    const { requests } = planRequests(catalogue);
    expect(requests.map((r) => [r.file, r.indicators.map((i) => i.id)])).toEqual([
      ['y60c07.csv', ['aktiveringsgrad-kontanthjaelp', 'aktiveringsberoerte-kontanthjaelp']],
      ['y60j01.csv', ['loentimer-kontanthjaelp-antal', 'loentimer-kontanthjaelp-pct']],
      ['y25i01.csv', ['ledige-antal', 'ledige-pct', 'ledige-dagpenge-antal', 'ledige-dagpenge-pct', 'ledige-jobparate-antal', 'ledige-jobparate-pct']],
      ['y60a02.csv', ['kontanthjaelp-personer', 'kontanthjaelp-fuldtidspersoner', 'kontanthjaelp-pct-arbejdsstyrke', 'kontanthjaelp-pct-befolkning']],
    ]);
  });
  it('planRequests: unknown table ids, hierarchies and row selections are listed, grouped by table, in Danish', () => {
    expect(describeMissing(planRequests(catalogue).missing)).toEqual([
      'tidlig-samtaler-alle, tidlig-samtaler-dagpenge og 6 andre: tabel-id mangler (bagefter også hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows)) — find tabellen "Opfølgning på kommunernes tidlige beskæftigelsesindsats" i jobindsats\' emne 1815 med npm run data:fetch -- --find 1815 og skriv id\'et i data/catalogue/indicators.json',
      'samtaler-4-seneste-12-mdr: tabel-id mangler (bagefter også hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows)) — find tabellen "Afholdelse af samtaler. Antal og andel personer" i jobindsats\' emne 1815 med npm run data:fetch -- --find 1815 og skriv id\'et i data/catalogue/indicators.json',
      'aktive-tilbud-seneste-12-mdr: tabel-id mangler (bagefter også hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows)) — find tabellen "Deltagelse i aktive tilbud. Antal og andel personer" i jobindsats\' emne 1815 med npm run data:fetch -- --find 1815 og skriv id\'et i data/catalogue/indicators.json',
      'aktiverede-vejledning, aktiverede-loentilskud og 10 andre (y60c02): hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows) mangler — se tabellens dimensioner med GET /v3/table/y60c02?format=json',
      'langtidsledige-antal, langtidsledige-dagpenge-antal og langtidsledige-jobparate-antal (y25i09): rækkeudvælgelse (jobindsats.rows) mangler — se tabellens dimensioner med GET /v3/table/y25i09?format=json',
      'fuldtidspersoner-jobparat, fuldtidspersoner-aktivitetsparat og 3 andre (y60a02): hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows) mangler — se tabellens dimensioner med GET /v3/table/y60a02?format=json',
    ]);
  });
  it('planRequests: a table id filled in moves the measure from the missing list to a request', () => {
    const plan = planRequests(withJobindsats({ 'samtaler-4-seneste-12-mdr': { table: 'y99t01', hierarchy: undefined, rows: undefined } }));
    expect(plan.requests.map((r) => r.file)).toContain('y99t01.csv');
    expect(plan.missing.map((m) => m.indicators[0])).not.toContain('samtaler-4-seneste-12-mdr');
  });
  it('planRequests: an indicator with its own hierarchy gets its own request and a file named after it', () => {
    const rows = { 'langtidsledige-antal': { rows: { Ydelsesgruppe: 'I alt' } }, 'langtidsledige-dagpenge-antal': { rows: { Ydelsesgruppe: 'A-dagpenge' } } };
    const y25i09 = planRequests(withJobindsats(rows)).requests.find((r) => r.table === 'y25i09')!;
    expect(y25i09.file).toBe('y25i09_ygrpi09_akassebl.csv');
    expect(y25i09.indicators.map((i) => i.id)).toEqual(['langtidsledige-antal', 'langtidsledige-dagpenge-antal']);
  });
});

describe('requestUrl', { timeout: 5_000 }, () => {
  it('requestUrl: all measure groups, the latest N months, every kommune', () => {
    const y60c07 = planRequests(catalogue).requests[0]!;
    expect(requestUrl('https://api.jobindsats.dk/v3/', y60c07, 60)).toBe(
      'https://api.jobindsats.dk/v3/data/y60c07?mgroup.*=*&period.M=latest:60&hierarchy._nykom=*&format=json',
    );
  });
  it('requestUrl: extra hierarchy selectors and a measure group are added, "/" and "*" kept readable, the rest encoded', () => {
    const changed = withJobindsats({
      'langtidsledige-antal': { mgroup: 'mgrpi09_1', hierarchy: { _ygrpi09: '*', _akassebl: '/', _alder: '30-39 år' }, rows: { Ydelsesgruppe: 'I alt' } },
    });
    const request = planRequests(changed).requests.find((r) => r.table === 'y25i09')!;
    expect(requestUrl('https://api.jobindsats.dk/v3', request, 36)).toBe(
      'https://api.jobindsats.dk/v3/data/y25i09?mgroup.mgrpi09_1=*&period.M=latest:36&hierarchy._nykom=*&hierarchy._ygrpi09=*&hierarchy._akassebl=/&hierarchy._alder=30-39%20%C3%A5r&format=json',
    );
  });
});
