import type { APIRoute } from 'astro';
import { SITE } from '../../lib/site/with-base.ts';
import { STALE_AFTER_DAYS } from '../../lib/words/freshness.ts';
import { buildInfo } from '../../data/build-info.ts';
import { siteData } from '../../data/site-data.ts';

const { dataset, indicators, newestPeriod } = siteData();
const { builtAt, builtFrom, shownRelease, siteFreshness } = buildInfo();

/**
 * For monitors: which release the site shows, the newest period of each measure, when it was built and from which
 * commit, and whether the numbers are older than a monitor should accept. A check can alert on `stale` or on `release`.
 */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        site: SITE,
        release: shownRelease ? { id: shownRelease.id, date: shownRelease.date, retrieved: shownRelease.retrieved, title: shownRelease.title } : null,
        newestPeriod,
        measures: Object.fromEntries(indicators.map((d) => [d.indicator.id, { newestPeriod: d.allPeriods.at(-1) ?? null, newestKommunePeriod: d.periods.at(-1) ?? null }])),
        builtAt,
        commit: builtFrom,
        sample: dataset.sample,
        ageDays: siteFreshness.ageDays,
        staleAfterDays: STALE_AFTER_DAYS,
        stale: siteFreshness.stale,
        freshness: siteFreshness.line,
      },
      null,
      2,
    )}\n`,
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
