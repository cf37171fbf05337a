import { describe, expect, it } from 'vitest';
import { peerGroups, peerMedian } from '../../../src/lib/peers/peer-groups.ts';

// Rough real figures (ledighed %, kontanthjælp % af befolkningen, kontanthjælpsmodtagere).
const codes = ['101', '751', '461', '851', '147', '173', '825', '741'];
const names: Record<string, string> = {
  '101': 'København',
  '751': 'Aarhus',
  '461': 'Odense',
  '851': 'Aalborg',
  '147': 'Frederiksberg',
  '173': 'Lyngby-Taarbæk',
  '825': 'Læsø',
  '741': 'Samsø',
};
const ledighed = [4.4, 3.9, 4.6, 4.2, 3.6, 2.4, 3.0, 2.9];
const kontanthjaelp = [1.6, 1.5, 2.4, 1.9, 1.0, 0.5, 1.2, 1.0];
const personer = [8821, 6422, 5200, 4300, 1100, 420, 7, 30];

describe('peerGroups', () => {
  const groups = peerGroups(codes, [{ values: ledighed }, { values: kontanthjaelp }, { values: personer, log: true }], 3);
  const peersOf = (code: string) => groups.get(code)!.map((p) => names[p.code]);

  it('peerGroups: the big cities find each other, not the small islands', () => {
    expect(peersOf('101')).toEqual(expect.arrayContaining(['Aarhus', 'Aalborg']));
    expect(peersOf('101')).not.toContain('Læsø');
  });
  it("peerGroups: the small islands Læsø and Samsø are each other's nearest", () => {
    expect(peersOf('825')[0]).toBe('Samsø');
    expect(peersOf('741')[0]).toBe('Læsø');
  });
  it('peerGroups: a kommune is never its own peer, groups have the asked size and are ordered nearest first', () => {
    for (const code of codes) {
      const peers = groups.get(code)!;
      expect(peers).toHaveLength(3);
      expect(peers.map((p) => p.code)).not.toContain(code);
      expect(peers.map((p) => p.distance)).toEqual([...peers.map((p) => p.distance)].sort((a, b) => a - b));
    }
  });
  it('peerGroups: a kommune without published figures gets no peers rather than arbitrary ones', () => {
    const sparse = peerGroups(['101', '751', '825'], [{ values: [4.4, 3.9, null] }, { values: [1.6, 1.5, null] }], 2, Infinity);
    expect(sparse.get('825')).toEqual([]);
    expect(sparse.get('101')!.map((p) => p.code)).toEqual(['751']);
  });
});

describe('peerMedian', () => {
  it('peerMedian: the middle value, robust to one odd kommune; suppressed values left out', () => {
    expect(peerMedian([14.2, 15.0, 40.1, null, 13.9, 14.8])).toBe(14.8);
    expect(peerMedian([10, 12])).toBe(11);
    expect(peerMedian([null, undefined])).toBeNull();
  });
});
