import type { GapVerdict } from './gap-verdict.ts';
import { formatPeriod, formatValue, type Unit } from './format.ts';

export interface SummaryInput {
  place: string;
  title: string;
  targetGroup: string;
  /** Catalogue phrase with {vaerdi} and {sted}; a generic sentence is used without one. */
  phrase?: string | undefined;
  unit: Unit;
  period: string;
  value: number | null;
  national: number | null | undefined;
  comparison: GapVerdict | undefined;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The finding, then the comparison with the country said as better or worse for citizens: "I december 2018 fik 71,2 %
 * af dagpengemodtagerne i Aarhus det lovpligtige antal samtaler. Det er bedre end hele landet (67,0 %)."
 */
export function summarySentence(input: SummaryInput): string {
  const what = `${lowerFirst(input.title)} (${lowerFirst(input.targetGroup)})`;
  const when = formatPeriod(input.period);
  if (input.value === null) return `${input.place} har ikke offentliggjorte tal for ${what} i ${when}, typisk fordi der er for få personer i målgruppen.`;
  const value = formatValue(input.value, input.unit);
  const finding = input.phrase ? input.phrase.replace('{vaerdi}', value).replace('{sted}', input.place) : `var ${what} ${value} i ${input.place}`;
  const head = `I ${when} ${finding}.`;
  if (input.national == null || !input.comparison || input.unit !== 'pct') return head;
  const against = `hele landet (${formatValue(input.national, input.unit)})`;
  if (input.comparison.position === 'unsure') return `${head} Hele landet: ${formatValue(input.national, input.unit)}.`;
  return `${head} Det er ${input.comparison.phrase} ${against}.`;
}
