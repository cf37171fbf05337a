/**
 * Plausibility at the boundary: input that parses but cannot be right, and faults that would be misread as something
 * else, each reported with file, line, column and value — and never a dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/dataset/dataset.ts';
import { plainNumber } from '../../../src/lib/dataset/plain-number.ts';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../../src/lib/ingest/problem.ts';
import { catalogue, ingestFixtures, registry, root } from '../../support/ingest-fixtures.ts';

const AKT = 'Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)';
const released = (date: string): Release => ({ id: date, date, retrieved: date, title: `Udgivelse ${date}` });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Ingests in-memory files as one release retrieved on `retrieved`; returns the formatted problems. */
function problems(files: Record<string, string | Uint8Array>, retrieved = '2026-08-22', tables?: string[]) {
  const result = ingest(
    Object.entries(files).map(([file, content]) => ({ file, bytes: typeof content === 'string' ? utf8(content) : content, ...(tables ? { tables } : {}) })),
    catalogue,
    registry,
    { releases: [released(retrieved)], builtAt: '2026-11-24T00:00:00Z' },
  );
  if (result.problems.length > 0) expect(result.dataset, 'a dataset is never handed on with problems').toBeUndefined();
  return result.problems.map(formatProblem);
}

/** The real release file, cut to some months: 99 areas per month. */
function realRows(months: string[]): string[] {
  const text = readFileSync(join(root, 'data/releases/2026-08-22/y60c07_aktivering_kontanthjaelp.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text.trim().split(/\r?\n/);
  return [header!, ...rows.filter((row) => months.includes(row.slice(0, 7)))];
}

describe('ingest: periods that cannot be right', () => {
  it('ingest: a period after the release was retrieved (a stray 2099 row) is an error, not the newest month', () => {
    const found = problems({ 'y60c07.csv': `Periode;Område;${AKT}\n2026M07;Albertslund;10,4\n2099M01;Albertslund;11,0\n2099M01;Køge;12,0\n` });
    expect(found).toEqual([
      `y60c07.csv:3:1 (kolonne "Periode"): perioden slutter 2099-01-31, efter at tallene blev hentet (2026-08-22) – tal fra fremtiden kan ikke være offentliggjort: "2099M01" – gyldigt: en periode, der sluttede senest 2026-08-22`,
    ]);
  });

  it('ingest: the month still running when the numbers were retrieved (2026M08 on 22 August) cannot be published yet', () => {
    expect(problems({ 'y60c07.csv': `Periode;Område;${AKT}\n2026M08;Albertslund;10,4\n` })[0]).toContain(
      'perioden slutter 2026-08-31, efter at tallene blev hentet (2026-08-22)',
    );
  });

  it('ingest: quarters, rolling years and years for a monthly measure are named once each', () => {
    expect(ingestFixtures(['bad-period-type.csv']).messages).toEqual([
      'bad-period-type.csv:3:1 (kolonne "Periode"): perioden passer ikke til målingen "aktiveringsgrad-kontanthjaelp", der opgøres i måneder: "2024Q1" – gyldigt: en periode som "2026M07" (måneder)',
      'bad-period-type.csv:4:1 (kolonne "Periode"): perioden passer ikke til målingen "aktiveringsgrad-kontanthjaelp", der opgøres i måneder: "2024QMAT05" – gyldigt: en periode som "2026M07" (måneder)',
      'bad-period-type.csv:5:1 (kolonne "Periode"): perioden passer ikke til målingen "aktiveringsgrad-kontanthjaelp", der opgøres i måneder: "2017Y01" – gyldigt: en periode som "2026M07" (måneder)',
    ]);
  });

  it('ingest: a month with far fewer kommuner than the months beside it (a download cut off) is an error at its first row', () => {
    const rows = realRows(['2026M05', '2026M06', '2026M07']);
    const cut = rows.slice(0, 1 + 99 * 2 + 12); // July stops after 12 areas
    const found = problems({ 'y60c07.csv': `${cut.join('\r\n')}\r\n` });
    expect(found).toEqual([
      `y60c07.csv:200:1 (kolonne "Periode"): perioden har kun rækker for 12 områder mod 99 i perioden ved siden af – er filen afkortet?: "2026M07" – gyldigt: lige så mange kommuner i hver periode (undertrykte tal står som tomme felter, ikke som manglende rækker)`,
    ]);
    expect(problems({ 'y60c07.csv': `${rows.join('\r\n')}\r\n` })).toEqual([]);
  });
});

describe('ingest: values that cannot be right', () => {
  it('ingest: a count far beyond the catalogue range (more ledige than Denmark has people in work) is named', () => {
    const found = problems({ 'y25i01.csv': 'Periode;Område;Ledige i alt (antal)\n2026M07;Albertslund;987654321\n' });
    expect(found).toEqual([
      'y25i01.csv:2:3 (kolonne "Ledige i alt (antal)"): værdien 987654321 ligger uden for det plausible interval for målingen: "987654321" – gyldigt: …–3000000 (se "range" i data/catalogue/indicators.json)',
    ]);
  });

  it('ingest: a number too long to be finite is an error, never Infinity', () => {
    const huge = `1${'0'.repeat(400)}`;
    expect(problems({ 'y25i01.csv': `Periode;Område;Ledige i alt (antal)\n2026M07;Albertslund;${huge}\n` })[0]).toMatch(
      /^y25i01\.csv:2:3 \(kolonne "Ledige i alt \(antal\)"\): tallet er for stort til at være en værdi: "10{39}… \(401 tegn i alt\)" – gyldigt: et endeligt tal$/,
    );
  });

  it('ingest: a huge cell is shown shortened with its length, not pasted whole into the message', () => {
    const cell = 'x'.repeat(5000);
    const [message] = problems({ 'y25i01.csv': `Periode;Område;Ledige i alt (antal)\n2026M07;${cell};5\n` });
    expect(message).toContain(`"${'x'.repeat(40)}… (5.000 tegn i alt)"`);
    expect(message!.length).toBeLessThan(400);
  });

  it('exported numbers are plain digits that read back in: no exponent, no Infinity', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(96938)).toBe('96938');
    expect(plainNumber(4.9)).toBe('4.9');
    expect(plainNumber(0.0000001)).toBe('0.0000001');
    expect(plainNumber(-0)).toBe('0');
    expect(() => plainNumber(Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
  });
});

describe('ingest: faults named for what they are', () => {
  it('ingest: a UTF-16 file says so and how to save it instead', () => {
    const text = `Periode;Område;${AKT}\r\n2026M07;Albertslund;10,4\r\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    expect(problems({ 'y60c07.csv': bytes })).toEqual([
      'y60c07.csv:1:1: filen er gemt som UTF-16 (Unicode), ikke UTF-8 – gyldigt: gem filen som "CSV UTF-8" (i Excel: Gem som → CSV UTF-8)',
    ]);
  });

  it('ingest: one broken byte in a UTF-8 file is named at its line and column, not read as Windows-1252', () => {
    const bytes = utf8(`Periode;Område;${AKT}\n2026M07;Køge;10,4\n2026M07;Allerød;12,0\n`);
    const at = bytes.lastIndexOf(0xc3); // the "ø" of Allerød
    bytes[at] = 0xff;
    expect(problems({ 'y60c07.csv': bytes })).toEqual([
      'y60c07.csv:3:14: ugyldig byte 0xFF i en UTF-8-fil (resten af filen er UTF-8) – gyldigt: gyldig UTF-8 – ret eller fjern tegnet',
    ]);
  });

  it('ingest: a carriage return alone in the middle of a row is named, and nothing else is guessed from the split row', () => {
    expect(problems({ 'y60c07.csv': `Periode;Område;${AKT}\r\n2026M07;Alberts\rlund;10,4\r\n` })).toEqual([
      'y60c07.csv:2:16: et løst CR-tegn (vognretur) midt i linjen deler rækken forkert – gyldigt: fjern tegnet, eller gem filen med ét slags linjeskift',
    ]);
  });

  it('ingest: a last line without the line ending every other line has is reported as possibly cut off', () => {
    expect(problems({ 'y60c07.csv': `Periode;Område;${AKT}\r\n2026M07;Albertslund;10,4\r\n2026M07;Køge;1` })).toEqual([
      'y60c07.csv:3: sidste linje mangler det linjeskift, som alle andre linjer har – er filen afkortet? – gyldigt: en hel fil; tilføj et linjeskift til sidst, hvis den er hel',
    ]);
  });

  it('ingest: the same measure in two columns is named with both columns', () => {
    expect(problems({ 'y60c07.csv': `Periode;Område;${AKT};Aktiveringsgrad (pct.)\n2026M07;Albertslund;10,4;10,4\n` })).toEqual([
      `y60c07.csv:1:4 (kolonne "Aktiveringsgrad (pct.)"): kolonnen for målingen "aktiveringsgrad-kontanthjaelp" findes to gange (også kolonne 3): "Aktiveringsgrad (pct.)" – gyldigt: hver måling i én kolonne`,
    ]);
  });

  it('ingest: a row crediting the sample source while saying it is not sample data is a contradiction, not official data', () => {
    const file = 'periode;kommune;maaling;vaerdi;eksempeldata;kilde\n2021M08;Køge;aktiveringsgrad-kontanthjaelp;10,4;nej;eksempeldata\n';
    expect(problems({ 'lang.csv': file }, '2026-08-22')).toEqual([
      'lang.csv:2:5 (kolonne "eksempeldata"): rækken krediterer kilden "eksempeldata", men siger, at den ikke er eksempeldata: "nej" – gyldigt: "ja" – eller en anden kilde end "eksempeldata"',
    ]);
    const credited = ingest([{ file: 'lang.csv', bytes: utf8(file.replace(';nej;', ';;')) }], catalogue, registry, { releases: [released('2026-08-22')] });
    expect(toDataset(credited.dataset!).observations).toEqual([
      { code: '259', period: '2021M08', measure: 'aktiveringsgrad-kontanthjaelp', value: 10.4, decimals: 1, sample: true, source: 'eksempeldata' },
    ]);
  });
});

describe('ingest: generic headers need their table', () => {
  const file = 'Periode;Område;Antal personer\n2026M07;Albertslund;300\n';

  it('ingest: "Antal personer" in a file that does not say its table is an error naming the choices and how to say it', () => {
    expect(problems({ 'hentet.csv': file })).toEqual([
      `hentet.csv:1:3 (kolonne "Antal personer"): kolonnenavnet er generelt og betyder kun noget sammen med tabellen: "kontanthjaelp-personer" i tabel y60a02: "Antal personer" – gyldigt: angiv tabellen: en kolonne "tabel" med tabel-id'et, et filnavn der begynder med det (fx "y60a02_kontanthjaelp.csv") eller filen i en udgivelse med manifest.json`,
    ]);
  });

  it('ingest: the table from the file name, a manifest or a tabel column gives "Antal personer" its meaning', () => {
    const read = (files: Record<string, string>, tables?: string[]) => {
      const result = ingest(
        Object.entries(files).map(([name, text]) => ({ file: name, bytes: utf8(text), ...(tables ? { tables } : {}) })),
        catalogue,
        registry,
        { releases: [released('2026-08-22')] },
      );
      expect(result.problems.map(formatProblem)).toEqual([]);
      return toDataset(result.dataset!).observations.map((o) => `${o.code} ${o.measure} ${o.value}`);
    };
    expect(read({ 'y60a02_kontanthjaelp.csv': file })).toEqual(['165 kontanthjaelp-personer 300']);
    expect(read({ 'hentet.csv': file }, ['y60a02'])).toEqual(['165 kontanthjaelp-personer 300']);
    expect(read({ 'hentet.csv': 'Periode;Område;tabel;Antal personer\n2026M07;Albertslund;y60a02;300\n' })).toEqual(['165 kontanthjaelp-personer 300']);
  });
});
