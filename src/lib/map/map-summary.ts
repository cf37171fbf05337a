import { countVerdicts } from '../words/gap-verdict.ts';
import { countMeeting, lawVerdict } from '../words/law-verdict.ts';
import { requirementLevelShort } from '../words/requirement-words.ts';
import type { Better } from '../reference/catalogue.ts';
import { formatPeriod, type Unit } from '../words/format.ts';
import { nationalText } from './national-text.ts';

export interface MapSummaryInput {
  values: (number | null)[];
  national: number | null | undefined;
  better: Better;
  unit: Unit;
  period: string;
  /** Persons in each kommune's group, where published: small groups are not called clearly better or worse. */
  headcounts?: readonly (number | null)[] | undefined;
  /** The law's level in the period; null or undefined where it sets none. */
  level?: number | null | undefined;
  /** The catalogue's lawShortfall phrase, for the nation's distance to the law. */
  shortfall?: string | undefined;
  /** Hele landet's published decimals (one unless said), and the rule when its value is derived. */
  nationalDecimals?: number | undefined;
  nationalDerived?: string | undefined;
}

const kommuner = (n: number) => (n === 1 ? '1 kommune' : `${n} kommuner`);

/** What the sentences build on: the published values, the note on the missing ones, the verdicts against the nation. */
function tally({ values, national, unit, better, headcounts }: MapSummaryInput) {
  const published = values.filter((v): v is number => v !== null);
  const missing = values.length - published.length;
  const missingText = missing > 0 ? ` ${kommuner(missing)} har ikke offentliggjorte tal.` : '';
  const counts = national != null && unit === 'pct' && published.length > 0 ? countVerdicts(values, national, better, headcounts) : undefined;
  const unsureText = counts && counts.unsure > 0 ? ` ${kommuner(counts.unsure)} har for få personer i målgruppen til at sammenligne.` : '';
  return { published, missingText, unsureText, counts };
}

/** Against the law, where it sets a level: "12 af 97 kommuner levede op til lovens krav (mindst 75 %) i juli 2026". */
function lawHeadline(input: MapSummaryInput, published: number[]): string | undefined {
  const { level, better, unit } = input;
  if (level == null || unit !== 'pct' || better === 'neutral' || published.length === 0) return undefined;
  const { met } = countMeeting(published, level, better);
  const who = met === 0 ? `Ingen af ${kommuner(published.length)}` : `${met} af ${kommuner(published.length)}`;
  return `${who} levede op til lovens krav (${requirementLevelShort(level, better)}) i ${formatPeriod(input.period)}`;
}

/** The comparison with the nation, said as better or worse: [21, "klart dårligere end hele landet (67,0 %)", "40 klart bedre, og 13 på niveau"]. */
function nationWords(input: MapSummaryInput, counts: { better: number; worse: number; level: number }): [number, string, string] {
  const against = `hele landet (${nationalText(input.national!, input.unit, input.nationalDecimals, input.nationalDerived)})`;
  if (input.better === 'neutral') return [counts.better, `klart højere end ${against}`, `${counts.worse} klart lavere, og ${counts.level} på niveau`];
  return [counts.worse, `klart dårligere end ${against}`, `${counts.better} klart bedre, og ${counts.level} på niveau`];
}

/**
 * The finding as a sentence, Datawrapper-style, the law first where it sets a level: "I juli 2026 levede 12 af 97
 * kommuner op til lovens krav … 21 kommuner lå klart dårligere end hele landet (67,0 %), 40 klart bedre …".
 */
export function mapSummary(input: MapSummaryInput): string {
  const { published, missingText, unsureText, counts } = tally(input);
  const when = formatPeriod(input.period);
  if (!counts || input.national == null) return `Tal for ${kommuner(published.length)} i ${when}.${missingText}`;
  const law = lawHeadline(input, published);
  const [count, words, rest] = nationWords(input, counts);
  return `${law ? `${law}. ` : ''}I ${when} lå ${kommuner(count)} ${words}, ${rest}.${unsureText}${missingText}`;
}

/**
 * Kommuner ordered from worst to best (or highest to lowest for neutral measures). Suppressed values are left out, and
 * so are the kommuner in `leaveOut` (those with so few citizens that their figures jump and would top every list).
 */
export function rankCodes(codes: string[], values: (number | null)[], better: Better, leaveOut: ReadonlySet<string> = new Set()): string[] {
  const pairs = codes
    .map((code, i) => ({ code, value: values[i] }))
    .filter((p): p is { code: string; value: number } => p.value != null && !leaveOut.has(p.code));
  pairs.sort((a, b) => (better === 'higher' ? a.value - b.value : b.value - a.value) || a.code.localeCompare(b.code));
  return pairs.map((p) => p.code);
}

/** The finding as a short headline: the law where it sets a level, else "21 af 97 kommuner lå klart dårligere end hele landet i juli 2026". */
export function mapHeadline(input: MapSummaryInput, title: string): string {
  const { published, counts } = tally(input);
  const when = formatPeriod(input.period);
  const law = lawHeadline(input, published);
  if (law) return law;
  if (!counts) return `${title} i ${when}`;
  if (input.better === 'neutral') return `${counts.better} af ${kommuner(published.length)} lå klart højere end hele landet i ${when}`;
  return `${counts.worse} af ${kommuner(published.length)} lå klart dårligere end hele landet i ${when}`;
}

/** What the headline leaves out: the nation against the law, the comparison, the small groups and the missing. */
export function mapDetail(input: MapSummaryInput): string {
  const { published, missingText, unsureText, counts } = tally(input);
  if (!counts || input.national == null) return missingText.trim();
  const against = `hele landet (${nationalText(input.national, input.unit, input.nationalDecimals, input.nationalDerived)})`;
  if (lawHeadline(input, published)) {
    const nation = lawVerdict({
      value: input.national,
      level: input.level,
      better: input.better,
      place: 'hele landet',
      shortfall: input.shortfall,
      decimals: input.nationalDecimals,
    });
    const nationText = nation.text.replace(/^hele landet/, 'Hele landet');
    const [count, words, rest] = nationWords(input, counts);
    return `${nationText} ${kommuner(count)} lå ${words}, ${rest}.${unsureText}${missingText}`;
  }
  const rest =
    input.better === 'neutral'
      ? `${counts.worse} lå klart lavere, og ${counts.level} lå på niveau med ${against}.`
      : `${counts.better} lå klart bedre, og ${counts.level} lå på niveau med ${against}.`;
  return `${rest}${unsureText}${missingText}`;
}
