/**
 * The comparison as markup: the SVG chart, its key and the table of the numbers. The page writes these strings at build
 * time and the browser writes them again after a change, so a reader sees the same chart either way.
 */
import { multiTrend } from '../charts/multi-trend.ts';
import { escapeXml as esc } from '../map/map-picture.ts';
import { boundedPeriods } from '../period/bounded-periods.ts';
import { levelSteps } from '../law/law-in-period.ts';
import { formatLevel } from '../words/requirement-words.ts';
import { formatNumber, formatPeriod, formatPeriodShort } from '../words/format.ts';
import { SAMPLE_WARNING } from '../words/sample-warning.ts';
import { withBase } from '../site/with-base.ts';
import { chartLabel } from './compare-words.ts';
import { shownValue, type CompareView } from './compare-view.ts';
import { lineStyle, markerPath, NATIONAL_COLOUR } from './line-style.ts';

const INK = '#1a1a1a';

/** "Lovens krav (100 % → 75 %)", the words linking where the law is told. */
function requirementKey(levels: number[], lawUrl: string): string {
  const texts = [...new Set(levels)].map(formatLevel);
  return texts.length === 0 ? '' : `<a href="${esc(lawUrl)}">Lovens krav</a> (${esc(texts.join(' → '))})`;
}

export function compareChart(view: CompareView): string {
  const { measure, periods } = view;
  const chart = multiTrend(
    periods,
    view.lines.map((l) => l.points),
    view.national,
    { unit: measure.unit, requirement: levelSteps((p) => measure.levels[p] ?? null, periods), breaks: measure.breaks },
  );
  const { plot } = chart;
  const parts: string[] = [];
  for (const t of chart.yTicks) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#e4e4e4"/>`,
      `<text x="${plot.left - 4}" y="${t.y}" dy="0.32em" text-anchor="end" fill="#555">${formatNumber(t.value)}</text>`,
    );
  }
  for (const t of chart.xTicks)
    parts.push(`<text x="${t.x}" y="${chart.height - 6}" text-anchor="middle" fill="#555">${esc(formatPeriodShort(t.period))}</text>`);
  for (const r of chart.requirement)
    parts.push(`<line class="requirement" x1="${r.x1}" x2="${r.x2}" y1="${r.y}" y2="${r.y}" stroke="#1b7837" stroke-width="1.5" stroke-dasharray="1 3"/>`);
  for (const b of chart.breaks) {
    parts.push(
      `<g class="break"><title>${esc(b.label)}</title><line x1="${b.x}" x2="${b.x}" y1="${plot.top}" y2="${plot.bottom}" stroke="#a63603" stroke-dasharray="2 2"/></g>`,
    );
  }
  parts.push(`<path class="national" d="${chart.national.path}" fill="none" stroke="${NATIONAL_COLOUR}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
  view.lines.forEach((line, i) => {
    const { colour, shape } = lineStyle(i);
    const geometry = chart.lines[i]!;
    const markers = geometry.markers.map((m) => `<path d="${markerPath(shape, m.x, m.y)}"/>`).join('');
    parts.push(
      `<g class="compare-line" data-slug="${esc(line.slug)}"><path d="${geometry.path}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>` +
        `<g fill="${colour}" stroke="#fff" stroke-width="1">${markers}</g></g>`,
    );
  });
  // Names at the ends of the lines, each beside its marker: the key sits where the eye already is.
  const ends = [
    ...view.lines.map((line, i) => ({ name: line.name, y: chart.lines[i]!.labelY, style: lineStyle(i) as ReturnType<typeof lineStyle> | undefined })),
    { name: 'Hele landet', y: chart.national.labelY, style: undefined },
  ];
  for (const end of ends) {
    if (end.y === null) continue;
    const symbol = end.style
      ? `<path d="${markerPath(end.style.shape, chart.labelX, end.y)}" fill="${end.style.colour}"/>`
      : `<line x1="${chart.labelX - 5}" x2="${chart.labelX + 5}" y1="${end.y}" y2="${end.y}" stroke="${NATIONAL_COLOUR}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
    parts.push(`<g class="end-label">${symbol}<text x="${chart.labelX + 9}" y="${end.y}" dy="0.32em" fill="${INK}">${esc(end.name)}</text></g>`);
  }
  if (measure.sample) {
    parts.push(
      `<text class="watermark" x="${plot.right}" y="${plot.top + 8}" text-anchor="end" font-size="10" font-weight="700" fill="#5c4500" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(SAMPLE_WARNING)}</text>`,
    );
  }
  const label = `${measure.sample ? `${SAMPLE_WARNING}. ` : ''}${chartLabel(view)}`;
  return `<svg class="compare-chart" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${esc(label)}" font-size="13">${parts.join('')}</svg>`;
}

/** A small line with the kommune's marker, as in the chart. */
function swatch(index: number | undefined): string {
  const line =
    index === undefined
      ? `<line x1="1" x2="27" y1="7" y2="7" stroke="${NATIONAL_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>`
      : `<line x1="1" x2="27" y1="7" y2="7" stroke="${lineStyle(index).colour}" stroke-width="2.5"/><path d="${markerPath(lineStyle(index).shape, 14, 7)}" fill="${lineStyle(index).colour}"/>`;
  return `<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">${line}</svg>`;
}

/** The key: each kommune with its line and marker, Hele landet dashed, the law's level and any break in the series. */
export function compareLegend(view: CompareView): string {
  const items = view.lines.map((line, i) => {
    const none = line.points.every((p) => p.value === null) ? ' – ingen offentliggjorte tal' : '';
    return `<li data-slug="${esc(line.slug)}">${swatch(i)} ${esc(line.name)}${none}</li>`;
  });
  items.push(`<li>${swatch(undefined)} Hele landet</li>`);
  const levels = levelSteps((p) => view.measure.levels[p] ?? null, view.periods).flatMap((s) => (s.level === null ? [] : [s.level]));
  const requirement = requirementKey(levels, view.measure.lawUrl);
  if (requirement) {
    items.push(
      `<li data-law><svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="7" y2="7" stroke="#1b7837" stroke-width="2" stroke-dasharray="1 3"/></svg> ${requirement}</li>`,
    );
  }
  const breaks = view.measure.breaks.filter((b) => view.periods.includes(b.period) && b.period !== view.periods[0]);
  if (breaks.length > 0)
    items.push(`<li>Lodret streg: brud i serien (${esc(breaks.map((b) => `${formatPeriodShort(b.period)}: ${b.label}`).join('; '))})</li>`);
  return `<ul class="compare-legend">${items.join('')}</ul>`;
}

/** The numbers behind the chart: recent months and the same month in earlier years, one column per line. */
export function compareTable(view: CompareView): string {
  const { unit, title, sample } = view.measure;
  const rows = boundedPeriods(view.periods);
  const columns = [...view.lines.map((l) => ({ name: l.name, points: l.points })), { name: 'Hele landet', points: view.national }];
  const byPeriod = columns.map((c) => new Map(c.points.map((p) => [p.period, p])));
  const head = `<tr><th scope="col">Periode</th>${columns.map((c) => `<th scope="col" class="num">${esc(c.name)}</th>`).join('')}</tr>`;
  const body = rows
    .map((period) => {
      const cells = byPeriod.map((points) => `<td class="num">${points.has(period) ? esc(shownValue(points.get(period), unit)) : '–'}</td>`);
      return `<tr><th scope="row">${esc(formatPeriod(period))}</th>${cells.join('')}</tr>`;
    })
    .join('');
  const caption = `Tallene bag grafen: ${title}${sample ? ` (${SAMPLE_WARNING})` : ''}`;
  const rules = [...new Set(rows.flatMap((period) => byPeriod.map((points) => points.get(period)?.derived ?? '')).filter(Boolean))];
  const derived = rules.map((rule) => `<p class="series-note"><strong>(afledt):</strong> ikke et offentliggjort tal, men ${esc(rule)}.</p>`).join('');
  const table = `<table class="compare-table"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>${derived}`;
  if (rows.length >= view.periods.length) return table;
  const files = view.lines.map((l) => `<a href="${withBase(`/kommune/${esc(l.slug)}${esc(view.csvSuffix ?? '')}.csv`)}" download>${esc(l.name)}</a>`);
  const where = files.length > 0 ? ` Hele serien (${view.periods.length} perioder) står i kommunens CSV-fil: ${files.join(', ')}.` : '';
  return `${table}<p class="series-note">Tabellen viser de seneste 12 måneder og samme måned i årene før.${where}</p>`;
}

/** The chosen kommuner, each with a button that removes it (named after the kommune for screen readers). */
export function chosenList(lines: readonly { slug: string; name: string }[]): string {
  if (lines.length === 0) return '<li class="chosen-empty">Ingen kommuner valgt – grafen viser kun hele landet.</li>';
  return lines
    .map((l, i) => {
      const { colour, shape } = lineStyle(i);
      const symbol = `<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="${markerPath(shape, 6, 6)}" fill="${colour}"/></svg>`;
      return `<li data-slug="${esc(l.slug)}">${symbol} <span>${esc(l.name)}</span> <button type="button" data-remove="${esc(l.slug)}">Fjern<span class="visually-hidden"> ${esc(l.name)}</span></button></li>`;
    })
    .join('');
}
