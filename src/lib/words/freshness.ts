/**
 * How fresh the numbers are, in words every page's footer can say: which release it shows and its newest month, and,
 * when the release is more than STALE_AFTER_DAYS older than the build, plainly that the numbers may be out of date.
 */
import { formatDate, formatNumber, formatPeriod } from './format.ts';

/** Jobindsats publishes every month; a release this many days old has missed at least one. */
export const STALE_AFTER_DAYS = 45;

export interface FreshnessInput {
  /** The newest dated release (src/lib/dataset's ReleaseSummary has these), if any. */
  release: { date: string | null; retrieved: string | null; title: string } | undefined;
  /** The newest period with data ("2026M07"). */
  newestPeriod: string;
  /** ISO time the site was built. */
  builtAt: string;
}

export interface Freshness {
  /** "Tal fra jobindsats.dk hentet 22. august 2026 · nyeste måned juli 2026". */
  line: string;
  /** Days from the release to the build (null without a dated release). */
  ageDays: number | null;
  stale: boolean;
  /** Set when stale: "Tallene kan være forældede: …". */
  warning: string | undefined;
}

const DAY_MS = 86_400_000;

export function freshness({ release, newestPeriod, builtAt }: FreshnessInput): Freshness {
  const date = release?.retrieved ?? release?.date ?? null;
  const newest = newestPeriod ? `nyeste ${/^\d{4}M\d{2}$/.test(newestPeriod) ? 'måned' : 'periode'} ${formatPeriod(newestPeriod)}` : '';
  const fetched = date ? `${release && /jobindsats/i.test(release.title) ? 'Tal fra jobindsats.dk hentet' : 'Tal indlæst'} ${formatDate(date)}` : '';
  const joined = [fetched, newest].filter(Boolean).join(' · ');
  const line = joined.charAt(0).toUpperCase() + joined.slice(1);
  if (!date) return { line, ageDays: null, stale: false, warning: undefined };
  const ageDays = Math.floor((Date.parse(builtAt) - Date.parse(`${date.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
  const stale = ageDays > STALE_AFTER_DAYS;
  const warning = stale
    ? `Tallene kan være forældede: de blev hentet for ${formatNumber(ageDays)} dage siden, da siden blev bygget ${formatDate(builtAt)}, og jobindsats.dk udgiver nye tal hver måned.`
    : undefined;
  return { line, ageDays, stale, warning };
}
