/**
 * The period of a series nearest to a wanted one: when the reader moves to a measure that lacks the month shown, the
 * map keeps as close to it as that measure allows. Months compare by distance; other codes by order.
 */
const monthIndex = (code: string) => {
  const m = /^(\d{4})M(\d{2})$/.exec(code);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
};

export function nearestPeriod(periods: readonly string[], wanted: string): string | undefined {
  if (periods.length === 0) return undefined;
  if (periods.includes(wanted)) return wanted;
  const target = monthIndex(wanted);
  if (target === undefined)
    return (
      [...periods]
        .sort()
        .filter((p) => p <= wanted)
        .at(-1) ?? [...periods].sort()[0]
    );
  let best: string | undefined;
  let distance = Infinity;
  for (const period of periods) {
    const index = monthIndex(period);
    if (index === undefined) continue;
    const d = Math.abs(index - target);
    // On a tie the later month wins: it is the more recent of two equally near.
    if (d < distance || (d === distance && best !== undefined && period > best)) [best, distance] = [period, d];
  }
  return best;
}
