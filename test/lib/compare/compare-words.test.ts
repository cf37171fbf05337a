import { describe, expect, it } from 'vitest';
import { compareView, type CompareMeasure, type CompareNumbers, type ComparePlaces } from '../../../src/lib/compare/compare-view.ts';
import { changeAnnouncement, chartLabel, latestSentence, selectionNotes } from '../../../src/lib/compare/compare-words.ts';

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
  id: 'aktiveringsgrad-kontanthjaelp',
  title: 'Aktiveringsgrad: kontanthjælpsmodtagere',
  unit: 'pct',
  sample: false,
  levels: {},
  breaks: [],
  lawUrl: '/loven/',
  credits: ['Kilde: Jobindsats.dk'],
};

const view = compareView(measure, places, numbers, ['aarhus', 'laesoe']);
const names = new Map(places.slugs.map((s, i) => [s, places.names[i]!]));

describe('compareView', () => {
  it('compareView: the chosen kommuner in the chosen order, unknown slugs skipped', () => {
    const v = compareView(measure, places, numbers, ['laesoe', 'gotham', 'koebenhavn']);
    expect(v.lines.map((l) => l.name)).toEqual(['Læsø', 'København']);
    expect(v.lines[0]!.points.map((p) => p.value)).toEqual([null, 8, null]);
    expect(v.national.map((p) => p.value)).toEqual([11, 11.1, 11.2]);
  });
});

describe('compare words', () => {
  it('chartLabel: every line from its first to its last value, a lone value as itself', () => {
    expect(chartLabel(view)).toBe(
      'Aktiveringsgrad: kontanthjælpsmodtagere, udvikling over tid. Aarhus fra 10,4\u00a0% i maj 2026 til 10,5\u00a0% i juli 2026. ' +
        'Læsø: 8,0\u00a0% i juni 2026. Hele landet fra 11,0\u00a0% i maj 2026 til 11,2\u00a0% i juli 2026.',
    );
  });
  it('latestSentence: the newest month, with "ikke offentliggjort" for Læsø rather than a zero', () => {
    expect(latestSentence(view)).toBe('I juli 2026: Aarhus 10,5\u00a0% og Læsø ikke offentliggjort. Hele landet: 11,2\u00a0%.');
  });
  it('selectionNotes: names what the address asked for and the page left out', () => {
    const notes = selectionNotes(
      { slugs: ['aarhus'], measure: measure.id, unknown: ['gotham'], dropped: ['laesoe', 'koebenhavn'], unknownMeasure: 'lykke' },
      names,
      measure.title,
    );
    expect(notes).toEqual([
      'Adressen nævner en kommune, siden ikke kender: »gotham«. Den er udeladt.',
      'Der kan højst sammenlignes 5 kommuner, så Læsø og København er udeladt.',
      'Målingen »lykke« findes ikke her. Grafen viser i stedet aktiveringsgrad: kontanthjælpsmodtagere.',
    ]);
  });
  it('changeAnnouncement: what the chart shows now', () => {
    expect(changeAnnouncement(view)).toBe('Grafen og tabellen viser nu aktiveringsgrad: kontanthjælpsmodtagere for Aarhus, Læsø og hele landet.');
  });
});
