/**
 * The first-screen sentence for a topic with no figures per kommune: "Samtaler: der er ingen tal pr. kommune, så siden
 * kan ikke sige, hvordan Aarhus klarer sig. Det nyeste landstal er 67,3 % fra december 2018, 7 år før sidens nyeste tal."
 */
import { formatPeriod } from './format.ts';

/** Whole years from one period ("2018M12") to another ("2026M07"), rounded down; null when either has no year. */
export function yearsBetween(from: string, to: string): number | null {
  const a = /^(\d{4})(?:M(\d{2}))?/.exec(from);
  const b = /^(\d{4})(?:M(\d{2}))?/.exec(to);
  if (!a || !b) return null;
  const months = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2] ?? 12) - Number(a[2] ?? 12));
  return Math.floor(months / 12);
}

export function noKommuneFiguresSentence(place: string, national?: { value: string; period: string; newest: string }): string {
  const lead = `der er ingen tal pr. kommune, så siden kan ikke sige, hvordan ${place} klarer sig.`;
  if (!national) return `${lead} Der er heller ingen offentliggjorte landstal.`;
  const years = yearsBetween(national.period, national.newest);
  const age = years === null || years < 1 ? '' : `, ${years} år før sidens nyeste tal`;
  return `${lead} Det nyeste landstal er ${national.value} fra ${formatPeriod(national.period)}${age}.`;
}
