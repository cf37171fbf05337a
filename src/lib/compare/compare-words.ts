/** The words around the comparison chart: what it shows (for screen readers and the lede) and notes on the address. */
import { formatList, formatPeriod, formatPeriodShort, type Unit } from '../words/format.ts';
import { MAX_KOMMUNER, type ParsedSelection } from './selection.ts';
import { shownValue, type ComparePoint, type CompareView } from './compare-view.ts';

const published = (points: readonly ComparePoint[]) => points.filter((p) => p.value !== null);

/** "Aarhus fra 10,1 % i aug. 2021 til 12,0 % i jul. 2026", or "Læsø: ingen offentliggjorte tal". */
function lineWords(name: string, points: readonly ComparePoint[], unit: Unit): string {
  const values = published(points);
  const first = values[0];
  const last = values[values.length - 1];
  if (!first || !last) return `${name}: ingen offentliggjorte tal`;
  if (first === last) return `${name}: ${shownValue(last, unit)} i ${formatPeriodShort(last.period)}`;
  return `${name} fra ${shownValue(first, unit)} i ${formatPeriodShort(first.period)} til ${shownValue(last, unit)} i ${formatPeriodShort(last.period)}`;
}

/** The chart's accessible name: the measure and every line from its first to its last value. */
export function chartLabel(view: CompareView): string {
  const lines = [...view.lines.map((l) => lineWords(l.name, l.points, view.measure.unit)), lineWords('Hele landet', view.national, view.measure.unit)];
  return `${view.measure.title}, udvikling over tid. ${lines.join('. ')}.`;
}

/** "I juli 2026: København 12,0 %, Aarhus 11,0 % og Læsø ikke offentliggjort. Hele landet: 11,5 %." */
export function latestSentence(view: CompareView): string {
  const period = view.periods[view.periods.length - 1];
  if (period === undefined) return 'Der er ingen offentliggjorte tal for målingen.';
  const at = (points: readonly ComparePoint[]) =>
    shownValue(
      points.find((p) => p.period === period),
      view.measure.unit,
    );
  const national = `Hele landet: ${at(view.national)}.`;
  if (view.lines.length === 0) return `I ${formatPeriod(period)}. ${national} Vælg en eller flere kommuner for at sammenligne.`;
  return `I ${formatPeriod(period)}: ${formatList(view.lines.map((l) => `${l.name} ${at(l.points)}`))}. ${national}`;
}

const quoted = (items: readonly string[]) => formatList(items.map((s) => `»${s}«`));

/** Visible notes on what the address asked for and the page could not show. */
export function selectionNotes(parsed: ParsedSelection, names: ReadonlyMap<string, string>, measureTitle: string): string[] {
  const notes: string[] = [];
  if (parsed.unknown.length === 1) notes.push(`Adressen nævner en kommune, siden ikke kender: ${quoted(parsed.unknown)}. Den er udeladt.`);
  else if (parsed.unknown.length > 1) notes.push(`Adressen nævner kommuner, siden ikke kender: ${quoted(parsed.unknown)}. De er udeladt.`);
  if (parsed.dropped.length > 0) {
    const dropped = formatList(parsed.dropped.map((s) => names.get(s) ?? s));
    notes.push(`Der kan højst sammenlignes ${MAX_KOMMUNER} kommuner, så ${dropped} er udeladt.`);
  }
  if (parsed.unknownMeasure !== undefined)
    notes.push(`Målingen ${quoted([parsed.unknownMeasure])} findes ikke her. Grafen viser i stedet ${measureTitle.toLowerCase()}.`);
  return notes;
}

/** What the live region says after a change: "Grafen viser nu ledighed for København, Aarhus og Læsø." */
export function changeAnnouncement(view: CompareView): string {
  const who = view.lines.length === 0 ? 'kun hele landet' : formatList([...view.lines.map((l) => l.name), 'hele landet']);
  return `Grafen og tabellen viser nu ${view.measure.title.toLowerCase()} for ${who}.`;
}
