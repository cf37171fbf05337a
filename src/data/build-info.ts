/**
 * When and from what the site was built, and how fresh its numbers are: every page's footer and /data/status.json.
 * The build time is the clock's, or $JOBCENTERTJEK_BUILD_TIME (an ISO time) so a test can build "in October".
 * The commit is $GITHUB_SHA in a workflow, else the working copy's HEAD, else null.
 */
import { execFileSync } from 'node:child_process';
import { freshness } from '../lib/words/freshness.ts';
import { once } from './once.ts';
import { siteData } from './site-data.ts';

function buildTime(): string {
  const given = process.env['JOBCENTERTJEK_BUILD_TIME'];
  if (!given) return new Date().toISOString();
  const time = Date.parse(given);
  if (Number.isNaN(time)) throw new Error(`JOBCENTERTJEK_BUILD_TIME skal være et ISO-tidspunkt (fx 2026-10-01T12:00:00Z), ikke "${given}".`);
  return new Date(time).toISOString();
}

function commit(): string | null {
  if (process.env['GITHUB_SHA']) return process.env['GITHUB_SHA'];
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export const buildInfo = once(() => {
  const { datedReleases, newestPeriod } = siteData();
  const builtAt = buildTime();
  /** The release the pages show: the newest dated one. */
  const shownRelease = datedReleases[0]?.release;
  return { builtAt, builtFrom: commit(), shownRelease, siteFreshness: freshness({ release: shownRelease, newestPeriod, builtAt }) };
});
