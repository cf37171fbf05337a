import { describe, expect, test } from 'vitest';
import { JoinError, joinExports } from '../../../src/lib/download/join-exports.ts';

const header = 'kommunekode,kommune,periode,maaling,vaerdi';

describe('joinExports', () => {
  test('joins the area files under one header, in the order given', () => {
    const joined = joinExports([
      { name: 'hele-landet.csv', text: `${header}\n000,Hele landet,2021M08,ledige-antal,96938\n` },
      {
        name: 'albertslund.csv',
        text: `${header}\n165,Albertslund,2021M08,aktiveringsgrad-kontanthjaelp,10.4\n165,Albertslund,2021M09,aktiveringsgrad-kontanthjaelp,\n`,
      },
    ]);
    expect(joined).toBe(
      `${header}\n000,Hele landet,2021M08,ledige-antal,96938\n165,Albertslund,2021M08,aktiveringsgrad-kontanthjaelp,10.4\n165,Albertslund,2021M09,aktiveringsgrad-kontanthjaelp,\n`,
    );
  });

  test('a file without sample rows gets eksempeldata=nej when another file has the column', () => {
    const joined = joinExports([
      { name: 'a.csv', text: `${header},eksempeldata\r\n000,Hele landet,2021M08,samtaler-alle,71.5,ja\r\n` },
      { name: 'b.csv', text: `${header}\n165,Albertslund,2021M08,ledige-antal,900\n165,Albertslund,2021M09,ledige-antal,910` },
    ]);
    expect(joined.split('\n')).toEqual([
      `${header},eksempeldata`,
      '000,Hele landet,2021M08,samtaler-alle,71.5,ja',
      '165,Albertslund,2021M08,ledige-antal,900,nej',
      '165,Albertslund,2021M09,ledige-antal,910,nej',
      '',
    ]);
  });

  test('a file that is not the site export is named, not joined', () => {
    expect(() => joinExports([{ name: 'koege.csv', text: '<!doctype html><title>404</title>' }])).toThrow(JoinError);
    expect(() => joinExports([{ name: 'koege.csv', text: '<!doctype html>' }])).toThrow(/koege\.csv: kolonnerne er "<!doctype html>"/);
  });

  test('a file with a header only adds no rows', () => {
    expect(
      joinExports([
        { name: 'a.csv', text: `${header}\n` },
        { name: 'b.csv', text: header },
      ]),
    ).toBe(`${header}\n`);
  });
});
