import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/lib/map/place-labels.ts';

describe('placeLabels', () => {
  it('placeLabels: a label that would overlap an earlier one is left out', () => {
    const labels = [
      { code: '101', x: 100, y: 100, text: 'København' },
      { code: '147', x: 110, y: 103, text: 'Frederiksberg' },
      { code: '185', x: 100, y: 160, text: 'Tårnby' },
    ];
    expect(placeLabels(labels, 9).map((l) => l.code)).toEqual(['101', '185']);
  });
  it('placeLabels: labels side by side with room between them are all kept', () => {
    const labels = [
      { code: '159', x: 50, y: 50, text: 'Gladsaxe' },
      { code: '163', x: 120, y: 50, text: 'Herlev' },
    ];
    expect(placeLabels(labels, 9)).toHaveLength(2);
  });
});
