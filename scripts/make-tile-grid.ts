// One-off generator for data/reference/tile-grid.csv (committed; reviewed by eye after generating).
// Usage: node scripts/make-tile-grid.ts [--source kommuner.geojson] [--columns 13] [--rows 14]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { geoCentroid, geoTransverseMercator } from 'd3-geo';
import { assignTiles, type TilePoint } from '../src/lib/map/assign-tiles.ts';
import { groupKommuneFeatures } from '../src/lib/map/group-kommune-features.ts';
import { parseRegistry } from '../src/lib/reference/registry.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { source: { type: 'string' }, columns: { type: 'string' }, rows: { type: 'string' } } });
const shared = process.env['JOBCENTERTJEK_SHARED'] ?? join(root, '../shared');
const source = resolve(values.source ?? process.env['JOBCENTERTJEK_GEO'] ?? join(shared, 'geo/kommuner.geojson'));
const registry = parseRegistry(
  readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8'),
  readFileSync(join(root, 'data/reference/regioner.csv'), 'utf8'),
);
const grouped = groupKommuneFeatures(JSON.parse(readFileSync(source, 'utf8')));
if (grouped.problems.length > 0) throw new Error(`${source}:\n${grouped.problems.join('\n')}`);

const BORNHOLM = '400';
// The metropolitan kommuner are a few km across; magnify around København so they get room on the grid.
const projection = geoTransverseMercator().rotate([-10.5, -56]).scale(1000).translate([0, 0]);
const [cx, cy] = projection([12.45, 55.68]) ?? [0, 0];
const radius = 35; // about 35 km at this scale
function magnify([x, y]: [number, number]): [number, number] {
  const r = Math.hypot(x - cx, y - cy);
  if (r >= radius || r === 0) return [x, y];
  const k = Math.sqrt(r / radius) * (radius / r);
  return [cx + (x - cx) * k, cy + (y - cy) * k];
}
const points: TilePoint[] = grouped.features
  .filter((f) => String(f.id) !== BORNHOLM)
  .map((f) => {
    const [x, y] = magnify(projection(geoCentroid(f)) ?? [0, 0]);
    return { code: String(f.id), x, y };
  });
const cells = assignTiles(points, Number(values.columns ?? 13), Number(values.rows ?? 14));
// Bornholm sits apart, east of the København cluster, as on printed maps.
const east = Math.max(...cells.map((c) => c.column));
const row = Math.max(...cells.filter((c) => ['185', '155'].includes(c.code)).map((c) => c.row)) + 1;
cells.push({ code: BORNHOLM, column: east + 2, row });
// Hand fixes after looking at the rendered grid: Dragør lies east of Tårnby on Amager, Samsø out in
// Kattegat between Odder and Kalundborg, and Lolland-Falster-Møn closer together under Næstved.
const MOVES: Record<string, [number, number]> = {
  '185': [12, 10],
  '155': [13, 10],
  '741': [6, 8],
  '360': [8, 14],
  '376': [9, 14],
  '390': [9, 13],
};
for (const cell of cells) [cell.column, cell.row] = MOVES[cell.code] ?? [cell.column, cell.row];

// Tile labels: common short forms first, then a rule (first letter + distinctive letters), always unique.
const KNOWN: Record<string, string> = {
  '101': 'KBH',
  '147': 'FRB',
  '751': 'AAR',
  '851': 'AAL',
  '461': 'ODE',
  '400': 'BOR',
  '169': 'HTÅ',
  '173': 'LTB',
  '813': 'FRH',
  '607': 'FRC',
  '250': 'FSU',
  '210': 'FBO',
  '630': 'VEJ',
  '575': 'VEN',
  '657': 'HER',
  '163': 'HLV',
  '661': 'HST',
  '316': 'HOL',
  '810': 'BRS',
  '760': 'RKS',
  '756': 'IKB',
  '820': 'VHI',
  '480': 'NFY',
  '707': 'NDJ',
  '706': 'SDJ',
};
const used = new Set(Object.values(KNOWN));
function abbreviate(code: string, name: string): string {
  if (KNOWN[code]) return KNOWN[code];
  const letters = name.toUpperCase().replace(/[^A-ZÆØÅ]/g, '');
  const rest = [...letters.slice(1)];
  const candidates = [letters.slice(0, 3), ...rest.flatMap((a, i) => rest.slice(i + 1).map((b) => letters[0]! + a + b))];
  const found = candidates.find((c) => c.length === 3 && !used.has(c)) ?? letters.slice(0, 4);
  used.add(found);
  return found;
}
const lines = cells
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((c) => `${c.code};${c.column};${c.row};${abbreviate(c.code, registry.byCode.get(c.code)?.name ?? c.code)}`);
const output = join(root, 'data/reference/tile-grid.csv');
writeFileSync(`${output}.tmp`, ['kode;kolonne;raekke;forkortelse', ...lines, ''].join('\n'));
renameSync(`${output}.tmp`, output);
console.log(`skrev ${output} med ${lines.length} kommuner`);
