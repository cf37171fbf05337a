/**
 * What the law says about one measure in one month: the level an act sets for exactly this measure and these target
 * groups (or none), STAR's monitoring threshold where only that exists, and the rules in force to tell the reader.
 */
import { periodEnd } from '../period/period-end.ts';
import type { Act, LawCatalogue, LawPeriod, Rule } from './law-catalogue.ts';

/** How an indicator meets the law catalogue: the target groups it counts and the measure it is. */
export interface LawLink {
  groups: readonly string[];
  measure: string;
}

/** A level on the indicator's own side: a share "with" (higher is better) or "without" (lower is better). */
export interface LawLevel {
  value: number;
  side: 'with' | 'without';
  window?: string | undefined;
  rule: Rule;
}

export interface LawInPeriod {
  period: string;
  /** The share an act requires of this measure for these groups in the period; null where no act sets one. */
  level: LawLevel | null;
  /** A threshold only STAR's monitoring sets (not the law); null where none applied. */
  threshold: LawLevel | null;
  /** The verified rules of the law in force for the groups, on the measure's subject (samtaler or tilbud). */
  rules: Rule[];
  /** What the sources leave open for the groups in the period (inferred readings, never shown as law). */
  open: Rule[];
  /** The act in force at the period's end. */
  act: Act | undefined;
  /** The stretch of /loven/ the period belongs to (its anchor). */
  stretch: LawPeriod | undefined;
}

/**
 * A rule applies in a month when it is in force on the month's last day — "2026-07-01" rules July 2026 — and covers
 * every target group the measure counts.
 */
export function inForce(item: { from: string; to?: string | undefined }, period: string): boolean {
  const end = periodEnd(period);
  if (!end) return false;
  return item.from <= end && (item.to === undefined || item.to >= end);
}

const covers = (rule: Rule, groups: readonly string[]) => groups.length > 0 && groups.every((g) => rule.groups.includes(g));

export function lawInPeriod(law: LawCatalogue, link: LawLink, period: string, side: 'with' | 'without'): LawInPeriod {
  const measure = law.measures.find((m) => m.id === link.measure);
  const about = measure?.about;
  const inPeriod = law.rules.filter((r) => inForce(r, period) && covers(r, link.groups));
  const onSubject = inPeriod.filter((r) => r.about === about || r.about === 'begge');
  const levelOf = (kind: Rule['kind']): LawLevel | null => {
    const rule = inPeriod.find((r) => r.kind === kind && r.status === 'verified' && r.level?.measures.includes(link.measure));
    if (!rule?.level) return null;
    const own = rule.level.side ?? 'with';
    return { value: own === side ? rule.level.value : 100 - rule.level.value, side, window: rule.level.window, rule };
  };
  const end = periodEnd(period) ?? '';
  const act = [...law.acts]
    .filter((a) => a.from <= end)
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .at(-1);
  return {
    period,
    level: levelOf('law'),
    threshold: levelOf('monitoring'),
    rules: onSubject.filter((r) => r.kind === 'law' && r.status === 'verified'),
    open: onSubject.filter((r) => r.status === 'inferred'),
    act,
    stretch: law.periods.find((p) => inForce(p, period)),
  };
}

/** The law's level over a run of periods, as steps of equal level (null = no level): the trend chart's dotted line. */
export function levelSteps(levelAt: (period: string) => number | null, periods: readonly string[]): { from: string; to: string; level: number | null }[] {
  const steps: { from: string; to: string; level: number | null }[] = [];
  for (const period of periods) {
    const level = levelAt(period);
    const last = steps[steps.length - 1];
    if (last && last.level === level) last.to = period;
    else steps.push({ from: period, to: period, level });
  }
  return steps;
}

/** Every month from one period code to another ("2019M11" … "2020M02"). */
function monthsBetween(first: string, last: string): string[] {
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(first); i <= index(last); i++) months.push(`${Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}

/**
 * A measure's law over time, as stretches of months in which the same rules give the same level and threshold: what
 * /om-data/ and /loven/ list per measure ("Fra januar 2020 til december 2023: alle (100 %) …").
 */
export function lawTimeline(
  law: LawCatalogue,
  link: LawLink,
  side: 'with' | 'without',
  first: string,
  last: string,
): { from: string; to: string; now: LawInPeriod }[] {
  const steps: { from: string; to: string; now: LawInPeriod; key: string }[] = [];
  for (const period of monthsBetween(first, last)) {
    const now = lawInPeriod(law, link, period, side);
    const key = [now.level?.rule.id, now.level?.value, now.threshold?.rule.id, ...now.rules.map((r) => r.id)].join('|');
    const previous = steps[steps.length - 1];
    if (previous && previous.key === key) previous.to = period;
    else steps.push({ from: period, to: period, now, key });
  }
  return steps.map(({ from, to, now }) => ({ from, to, now }));
}
