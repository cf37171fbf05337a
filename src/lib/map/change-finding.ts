/** The change map's headline: how many kommuner rose, fell and stayed, and the country's own move. */
import { formatList, formatPeriod } from '../words/format.ts';
import { nationalText } from './national-text.ts';
import { changeTenths } from './change-scale.ts';

interface Month {
  period: string;
  national: number | null;
  nationalDecimals?: number | undefined;
  nationalDerived?: string | undefined;
}

const nationalOf = (month: Month) => nationalText(month.national, 'pct', month.nationalDecimals, month.nationalDerived);

/**
 * "Fra juli 2025 til juli 2026 steg andelen i 61 kommuner, faldt i 35 og var uændret i 2; for hele landet gik den
 * fra 12,0 % til 13,1 %." A change under 0,1 percentage point (the data's precision) counts as unchanged; groups
 * with no kommune are left out, and so is the country when a month of it is not published.
 * @param tenths the change of every kommune with both months published, in tenths of a percentage point
 */
export function changeFinding(tenths: readonly number[], from: Month, to: Month): string {
  const span = `Fra ${formatPeriod(from.period)} til ${formatPeriod(to.period)}`;
  if (tenths.length === 0) return `${span} er der ingen kommuner med offentliggjorte tal for begge måneder.`;
  const groups = [
    { verb: 'steg', first: 'steg andelen', count: tenths.filter((t) => t > 0).length },
    { verb: 'faldt', first: 'faldt andelen', count: tenths.filter((t) => t < 0).length },
    { verb: 'var uændret', first: 'var andelen uændret', count: tenths.filter((t) => t === 0).length },
  ].filter((g) => g.count > 0);
  const clauses = groups.map((g, i) => (i === 0 ? `${g.first} i ${g.count} ${g.count === 1 ? 'kommune' : 'kommuner'}` : `${g.verb} i ${g.count}`));
  const kommuner = formatList(clauses);
  const national = changeTenths(from.national, to.national);
  const country =
    national === null
      ? ''
      : national === 0
        ? `; for hele landet var den uændret på ${nationalOf(to)}`
        : `; for hele landet gik den fra ${nationalOf(from)} til ${nationalOf(to)}`;
  return `${span} ${kommuner}${country}.`;
}
