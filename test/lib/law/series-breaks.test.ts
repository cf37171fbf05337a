import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLawCatalogue } from '../../../src/lib/law/law-catalogue.ts';
import { seriesBreaks } from '../../../src/lib/law/series-breaks.ts';

const law = parseLawCatalogue(JSON.parse(readFileSync('data/catalogue/law.json', 'utf8')));
const months = (topic: string, groups?: string[]) => seriesBreaks(law, topic, groups).map((b) => b.period);

describe('seriesBreaks', () => {
  it('seriesBreaks: the 2024 contact course breaks dagpenge’s samtaler only, not jobparate kontanthjælp’s', () => {
    expect(months('samtaler', ['dagpenge'])).toContain('2024M01');
    expect(months('samtaler', ['jobparate-kontanthjaelp'])).not.toContain('2024M01');
  });
  it('seriesBreaks: the COVID suspension (March 2020) and lov 1750 (July 2026) are marked; the act of 2027 is marked as expected', () => {
    const breaks = seriesBreaks(law, 'samtaler', ['dagpenge']);
    expect(breaks.map((b) => b.period)).toEqual(['2020M01', '2020M03', '2024M01', '2026M07', '2027M01']);
    expect(breaks.find((b) => b.period === '2027M01')!.expected).toBe(true);
  });
  it('seriesBreaks: a group that ends is a break of its own — uddannelseshjælp after June 2025, merged into the kontanthjælp reform’s mark', () => {
    const breaks = seriesBreaks(law, 'samtaler', ['uddannelsesparate-uddannelseshjaelp']);
    expect(breaks.filter((b) => b.period === '2025M07')).toHaveLength(1);
    const fakeLaw = { ...law, breaks: law.breaks.filter((b) => b.id !== 'kontanthjaelp-2025') };
    expect(seriesBreaks(fakeLaw, 'samtaler', ['uddannelsesparate-uddannelseshjaelp']).find((b) => b.period === '2025M07')!.label).toBe(
      'Målgruppen uddannelsesparate uddannelseshjælpsmodtagere ophørte 30. juni 2025 (nu uddannelsesparate kontanthjælpsmodtagere)',
    );
  });
  it('seriesBreaks: context figures without target groups get the breaks of their topic', () => {
    expect(months('kontanthjaelp')).toEqual(['2025M07', '2027M01']);
  });
});
