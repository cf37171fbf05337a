/**
 * The breaks a measure's series has: the catalogue's breaks for its topic and target groups, and the start or end of a
 * target group it counts (a group the law ends is a break too, with no extra configuration).
 */
import { formatDate } from '../words/format.ts';
import type { Citation, LawCatalogue } from './law-catalogue.ts';

export interface ChartBreak {
  /** The first month on the new rules ("2020M03"). */
  period: string;
  label: string;
  sources: Citation[];
  expected: boolean;
}

/** "2025-07-01" → "2025M07". */
export function monthOf(date: string): string {
  return `${date.slice(0, 4)}M${date.slice(5, 7)}`;
}

/** The day after an ISO date ("2025-06-30" → "2025-07-01"): where a group that ended leaves its break. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function seriesBreaks(law: LawCatalogue, topic: string, groups: readonly string[] | undefined): ChartBreak[] {
  const breaks: ChartBreak[] = law.breaks
    .filter((b) => b.topics.includes(topic) && (!b.groups || !groups || groups.some((g) => b.groups!.includes(g))))
    .map((b) => ({ period: monthOf(b.from), label: b.label, sources: b.sources, expected: b.expected ?? false }));
  for (const id of groups ?? []) {
    const group = law.groups.find((g) => g.id === id);
    if (!group?.sources) continue;
    const successor = group.successor ? law.groups.find((g) => g.id === group.successor) : undefined;
    if (group.to) {
      const label = `Målgruppen ${group.name} ophørte ${formatDate(group.to)}${successor ? ` (nu ${successor.name})` : ''}`;
      breaks.push({ period: monthOf(dayAfter(group.to)), label, sources: group.sources, expected: false });
    }
    if (group.from)
      breaks.push({
        period: monthOf(group.from),
        label: `Målgruppen ${group.name} findes fra ${formatDate(group.from)}`,
        sources: group.sources,
        expected: false,
      });
  }
  // One mark per month: a group's end in the month of a catalogue break is that break.
  const seen = new Set<string>();
  return breaks.filter((b) => (seen.has(b.period) ? false : (seen.add(b.period), true))).sort((a, b) => (a.period < b.period ? -1 : 1));
}
