import { describe, expect, it } from 'vitest';
import { chosenList, compareChart, compareLegend, compareTable } from '../../../src/lib/compare/compare-markup.ts';
import { compareView, type CompareMeasure, type CompareNumbers, type ComparePlaces } from '../../../src/lib/compare/compare-view.ts';
import { SAMPLE_WARNING } from '../../../src/lib/words/sample-warning.ts';
import { chartLabel, latestSentence } from '../../../src/lib/compare/compare-words.ts';

// København, Aarhus and Læsø over three months of a share, as a periods file (/data/kort/<id>.json) would hold them.
const places: ComparePlaces = { names: ['København', 'Aarhus', 'Læsø'], slugs: ['koebenhavn', 'aarhus', 'laesoe'] };

const numbers: CompareNumbers = {
  periods: ['2026M05', '2026M06', '2026M07'],
  values: [
    [12.1, 10.4, null],
    [12.4, 10.2, 8],
    [12.6, 10.5, null],
  ],
  national: [11, 11.1, 11.2],
};

const measure: CompareMeasure = {
  id: 'tidlig-samtaler-dagpenge',
  title: 'Jobsamtaler i de første 6 måneder: dagpengemodtagere',
  unit: 'pct',
  sample: false,
  // Everyone until June 2026, at least 75 % from July 2026 (lov nr. 1750).
  levels: { '2026M05': 100, '2026M06': 100, '2026M07': 75 },
  breaks: [],
  lawUrl: '/loven/',
  credits: ['Kilde: Jobindsats.dk'],
};

const view = compareView(measure, places, numbers, ['koebenhavn', 'aarhus', 'laesoe']);

describe('compareChart', () => {
  it('compareChart: an image with one line per kommune, each named at its end, and Hele landet dashed', () => {
    const svg = compareChart(view);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Jobsamtaler i de første 6 måneder: dagpengemodtagere, udvikling over tid\. København fra/);
    expect(svg.match(/class="compare-line"/g)).toHaveLength(3);
    expect(svg).toContain('data-slug="laesoe"');
    expect(svg).toMatch(/class="national"[^>]*stroke-dasharray/);
    for (const name of ['København', 'Aarhus', 'Læsø', 'Hele landet']) expect(svg).toContain(`>${name}</text>`);
  });
  it('compareChart: the law’s level is drawn', () => {
    expect(compareChart(view)).toContain('class="requirement"');
  });
  it('compareChart: sample data says so in the picture and its name', () => {
    const svg = compareChart({ ...view, measure: { ...measure, sample: true } });
    expect(svg).toContain(`>${SAMPLE_WARNING}</text>`);
    expect(svg).toContain(`aria-label="${SAMPLE_WARNING}.`);
  });
});

describe('compareLegend', () => {
  it('compareLegend: each kommune, Hele landet and the law’s level as it changed, in whole percents as the act sets it', () => {
    const legend = compareLegend(view);
    expect(legend.match(/<li[ >]/g)).toHaveLength(5);
    expect(legend).toContain('<a href="/loven/">Lovens krav</a> (100\u00a0% → 75\u00a0%)');
  });
  it('compareLegend: a kommune without any published value says so, as it has no line to point at', () => {
    const quiet = compareView(measure, places, { ...numbers, values: numbers.values.map(([k, a]) => [k!, a!, null]) }, ['laesoe']);
    expect(compareLegend(quiet)).toContain('Læsø – ingen offentliggjorte tal');
  });
});

describe('compareTable', () => {
  it('compareTable: a column per kommune and Hele landet, newest month first, "ikke offentliggjort" for Læsø', () => {
    const table = compareTable(view);
    expect(table).toContain(
      '<th scope="col" class="num">København</th><th scope="col" class="num">Aarhus</th><th scope="col" class="num">Læsø</th><th scope="col" class="num">Hele landet</th>',
    );
    expect(table.indexOf('juli 2026')).toBeLessThan(table.indexOf('maj 2026'));
    expect(table).toContain(
      '<tr><th scope="row">juli 2026</th><td class="num">12,6\u00a0%</td><td class="num">10,5\u00a0%</td><td class="num">ikke offentliggjort</td><td class="num">11,2\u00a0%</td></tr>',
    );
    expect(table).not.toContain('series-note');
  });
  it('compareTable and the sentences: every value with the decimals it was published with, and a derived one marked', () => {
    // Whole shares ("8", not "8,0") and Hele landet's May value worked out from the letter, as the periods file says.
    const published: CompareNumbers = {
      ...numbers,
      decimals: [
        [1, 1, 0],
        [1, 0, 0],
        [1, 1, 0],
      ],
      nationalDecimals: [0, 1, 1],
      nationalDerived: ['brevets tal for december 2018 minus stigningen', '', ''],
    };
    const shown = compareView(measure, places, published, ['koebenhavn', 'aarhus', 'laesoe']);
    const table = compareTable(shown);
    expect(table).toContain(
      '<tr><th scope="row">juni 2026</th><td class="num">12,4\u00a0%</td><td class="num">10\u00a0%</td><td class="num">8\u00a0%</td><td class="num">11,1\u00a0%</td></tr>',
    );
    expect(table).toContain('<td class="num">11\u00a0% (afledt)</td></tr>');
    expect(table).toContain('<strong>(afledt):</strong> ikke et offentliggjort tal, men brevets tal for december 2018 minus stigningen.');
    expect(table).not.toContain('8,0');
    expect(latestSentence(shown)).toBe('I juli 2026: København 12,6\u00a0%, Aarhus 10,5\u00a0% og Læsø ikke offentliggjort. Hele landet: 11,2\u00a0%.');
    expect(chartLabel(shown)).toContain('Læsø: 8\u00a0% i juni 2026');
    expect(chartLabel(shown)).toContain('Hele landet fra 11\u00a0% (afledt) i maj 2026');
  });

  it('compareTable: a long series is cut to recent months plus one a year, with the CSV files for the rest', () => {
    const periods = Array.from({ length: 36 }, (_, i) => `${2024 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`);
    const long = compareView(measure, places, { periods, values: periods.map(() => [1, 2, 3]), national: periods.map(() => 2) }, ['laesoe']);
    const table = compareTable(long);
    expect(table.match(/<tr><th scope="row">/g)).toHaveLength(14);
    expect(table).toContain('<a href="/kommune/laesoe.csv" download>Læsø</a>');
  });
});

describe('chosenList', () => {
  it('chosenList: a remove button named after each kommune', () => {
    expect(chosenList(view.lines)).toContain('<button type="button" data-remove="laesoe">Fjern<span class="visually-hidden"> Læsø</span></button>');
  });
  it('chosenList: says so when none is chosen', () => {
    expect(chosenList([])).toContain('Ingen kommuner valgt');
  });
});
