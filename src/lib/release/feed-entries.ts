import type { CellRevision } from '../dataset/read-columns.ts';
import type { ReleaseSummary } from '../dataset/dataset.ts';
import { formatNumber, formatPeriod, formatValue, type Unit } from '../words/format.ts';
import { revisionText } from '../words/revision.ts';

/** What a feed needs to know of a measure. */
export interface FeedMeasure {
  id: string;
  /** "Aktiveringsgrad: kontanthjælpsmodtagere". */
  name: string;
  unit: Unit;
  value(code: string, period: string): number | null | undefined;
  /** Decimals the value was published with; one for shares when not given. */
  decimals?(code: string, period: string): number;
  revisions(code: string): CellRevision[];
  /** Release index that first published the period. */
  firstRelease(period: string): number | undefined;
  periods: readonly string[];
}

/** One entry of an Atom feed, before a feed library writes it. */
export interface FeedEntry {
  /** Stable tag URI: the same release gives the same id in every build. */
  id: string;
  title: string;
  /** ISO date of the release. */
  date: string;
  /** One sentence, and the lines below it. */
  summary: string;
  lines: string[];
}

const NATIONAL = '000';
const MAX_REVISION_LINES = 20;
const tag = (date: string, path: string) => `tag:jobcentertjek.dk,${date}:${path}`;
const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The site's feed: one entry per dated release, newest first — what it added and what it revised. */
export function siteEntries(releases: ReleaseSummary[], measures: FeedMeasure[], areaName: (code: string) => string, codes: readonly string[]): FeedEntry[] {
  const entries: FeedEntry[] = [];
  releases.forEach((release, index) => {
    if (release.date === null) return;
    const newest = release.newPeriods
      .flatMap((p) => p.periods)
      .sort()
      .at(-1);
    const firstDated = releases.findIndex((r) => r.date !== null) === index;
    const revisions = measures.flatMap((m) =>
      codes.flatMap((code) =>
        m
          .revisions(code)
          .filter((r) => r.release === index)
          .map((r) => `${areaName(code)}, ${m.name.toLowerCase()}, ${formatPeriod(r.period)}: ${revisionText(r, m.unit, release)}`),
      ),
    );
    const parts = [
      firstDated && newest ? `Første udgivelse: tal til og med ${formatPeriod(newest)}` : newest ? `Nye tal for ${formatPeriod(newest)}` : undefined,
      revisions.length > 0 ? plural(revisions.length, 'rettet tal', 'rettede tal') : undefined,
    ].filter(Boolean);
    const title = parts.length > 0 ? parts.join(' og ') : 'Ingen ændringer i tallene';
    const periodLines = release.newPeriods.map((p) => {
      const name = measures.find((m) => m.id === p.measure)?.name ?? p.measure;
      return `${name}: ${p.periods.length === 1 ? formatPeriod(p.periods[0]!) : `${formatPeriod(p.periods[0]!)} – ${formatPeriod(p.periods.at(-1)!)}`}`;
    });
    entries.push({
      id: tag(release.date, `udgivelse/${release.id}`),
      title: title.charAt(0).toUpperCase() + title.slice(1),
      date: release.date,
      summary: `${release.title}: ${plural(release.values, 'værdi', 'værdier')}, heraf ${formatNumber(release.added)} nye, ${formatNumber(release.revised)} rettede og ${formatNumber(release.unchanged)} uændrede.`,
      lines: [
        ...periodLines,
        ...revisions.slice(0, MAX_REVISION_LINES),
        ...(revisions.length > MAX_REVISION_LINES ? [`… og ${plural(revisions.length - MAX_REVISION_LINES, 'rettelse mere', 'rettelser mere')}`] : []),
      ],
    });
  });
  return entries.reverse();
}

/** A kommune's feed: per dated release, its newest values for the periods the release added, and its revised values. */
export function kommuneEntries(code: string, name: string, releases: ReleaseSummary[], measures: FeedMeasure[]): FeedEntry[] {
  const entries: FeedEntry[] = [];
  releases.forEach((release, index) => {
    if (release.date === null) return;
    const news: { period: string; line: string }[] = [];
    for (const m of measures) {
      const added = m.periods.filter((p) => m.firstRelease(p) === index && m.value(code, p) !== undefined);
      const period = added.at(-1);
      if (!period) continue;
      const national = m.value(NATIONAL, period);
      const compared = national === undefined ? '' : ` (hele landet ${formatValue(national, m.unit, m.decimals?.(NATIONAL, period))})`;
      news.push({
        period,
        line: `${m.name}, ${formatPeriod(period)}: ${formatValue(m.value(code, period) ?? null, m.unit, m.decimals?.(code, period))}${compared}`,
      });
    }
    const revisions = measures.flatMap((m) =>
      m
        .revisions(code)
        .filter((r) => r.release === index)
        .map((r) => `${m.name}, ${formatPeriod(r.period)}: ${revisionText(r, m.unit, release)}`),
    );
    if (news.length === 0 && revisions.length === 0) return;
    const newest = news
      .map((n) => n.period)
      .sort()
      .at(-1);
    const parts = [
      newest ? `nye tal for ${formatPeriod(newest)}` : undefined,
      revisions.length > 0 ? plural(revisions.length, 'rettet tal', 'rettede tal') : undefined,
    ].filter(Boolean);
    entries.push({
      id: tag(release.date, `kommune/${code}/udgivelse/${release.id}`),
      title: `${name}: ${parts.join(' og ')}`,
      date: release.date,
      summary: `${release.title}.`,
      lines: [...news.map((n) => n.line), ...revisions.slice(0, MAX_REVISION_LINES)],
    });
  });
  return entries.reverse();
}
