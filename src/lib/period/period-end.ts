/** The last calendar day a period covers, as an ISO date ("2026M07" → "2026-07-31"); undefined for an unknown code. */
export function periodEnd(period: string): string | undefined {
  const match = /^(\d{4})(?:M(\d{2})|Q([1-4])|QMAT(\d{2})|Y\d{2})$/.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : match[3] ? Number(match[3]) * 3 : match[4] ? Number(match[4]) : 12;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What kind of period a code is: month ("2024M05"), quarter ("2024Q1"), rolling year to a month ("2024QMAT05") or year. */
export function periodKind(period: string): 'month' | 'quarter' | 'rolling-year' | 'year' | undefined {
  if (/^\d{4}M\d{2}$/.test(period)) return 'month';
  if (/^\d{4}Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}QMAT\d{2}$/.test(period)) return 'rolling-year';
  if (/^\d{4}Y\d{2}$/.test(period)) return 'year';
  return undefined;
}
