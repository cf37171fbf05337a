import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { chartPicture } from '../../../src/lib/charts/chart-picture.ts';

const input = {
  inner: '<g class="tick"><text>20&nbsp;%</text></g><path class="kommune" d="M0,0L10,10"/>',
  width: 520,
  height: 220,
  title: 'Aarhus: Aktiveringsgrad, kontanthjælpsmodtagere (alle visitationskategorier)',
  key: 'Aarhus: heltrukken linje. Hele landet: stiplet.',
  source: 'Kilde: jobindsats.dk, tabel Y60C07, hentet 22. august 2026 (via Jobcentertjek).',
  period: 'Tal for august 2021–juli 2026.',
  sample: null,
};

describe('chartPicture', () => {
  test('Aarhus: well-formed SVG (a no-break space from the page kept as a character reference) with title, source and period', () => {
    const svg = chartPicture(input);
    expect(XMLValidator.validate(svg)).toBe(true);
    const text = svg
      .replace(/<style>.*?<\/style>/s, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Aarhus: Aktiveringsgrad');
    expect(text).toContain('Kilde: jobindsats.dk, tabel Y60C07');
    expect(text).toContain('Tal for august 2021–juli 2026.');
    expect(text).not.toContain('Eksempeldata');
    expect(new XMLParser().parse(svg)).toHaveProperty('svg');
  });
  test('a demo card says so in the picture', () => {
    expect(chartPicture({ ...input, sample: 'Eksempeldata – ikke officielle tal' })).toContain('Eksempeldata – ikke officielle tal');
  });
});
