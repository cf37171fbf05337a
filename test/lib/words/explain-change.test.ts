import { describe, expect, it } from 'vitest';
import { changeParts, explainChange } from '../../../src/lib/words/explain-change.ts';

const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const loentimer = {
  shareName: 'andelen med ordinære løntimer',
  countWords: { more: 'flere med ordinære løntimer', fewer: 'færre med ordinære løntimer' },
  baseWords: 'antallet af kontanthjælpsmodtagere',
};
const ledighed = { shareName: 'ledigheden', countWords: { more: 'flere ledige', fewer: 'færre ledige' }, baseWords: 'arbejdsstyrken' };

describe('explainChange', () => {
  it('explainChange: Aarhus, June 2025 → June 2026: more people with løntimer while the number of recipients fell (published base)', () => {
    const text = explainChange({ share: [7.4, 10.9], count: [485, 695], base: [6549, 6422] }, loentimer, ['2025M06', '2026M06']);
    expect(plain(text)).toBe(
      'Fra juni 2025 til juni 2026 steg andelen med ordinære løntimer 3,5 procentpoint (fra 7,4 % til 10,9 %): 210 flere med ordinære løntimer, mens antallet af kontanthjælpsmodtagere faldt med 127.',
    );
  });
  it('explainChange: a derived base (ledige ÷ ledighed) is given, rounded, only when its change is beyond the rounding of the shares', () => {
    // 9.000 ledige at 3,0 % and 9.900 at 3,0 %: the labour force grew by about 30.000, far beyond the rounding.
    expect(plain(explainChange({ share: [3.0, 3.0], count: [9000, 9900] }, ledighed, ['2025M07', '2026M07']))).toBe(
      'Fra juli 2025 til juli 2026 var ledigheden uændret (fra 3,0 % til 3,0 %): 900 flere ledige, og arbejdsstyrken voksede med omkring 30.000.',
    );
    // 6.000 → 6.200 ledige, 3,4 % → 3,5 %: the base could have moved either way within the rounding.
    expect(plain(explainChange({ share: [3.4, 3.5], count: [6000, 6200] }, ledighed, ['2025M07', '2026M07']))).toBe(
      'Fra juli 2025 til juli 2026 steg ledigheden 0,1 procentpoint (fra 3,4 % til 3,5 %): 200 flere ledige. Ændringen i arbejdsstyrken er for lille til at aflæse af de offentliggjorte tal.',
    );
  });
  it("explainChange: never where a part is missing (Læsø's suppressed count)", () => {
    expect(explainChange({ share: [2.1, 2.5], count: [null, 8] }, ledighed, ['2025M07', '2026M07'])).toBeUndefined();
    expect(changeParts({ share: [7.4, 10.9], count: [485, 695], base: [6549, null] })).toBeUndefined();
  });
});
