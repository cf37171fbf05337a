// npm run data:geo: kommune boundaries (GeoJSON) -> .cache/geo/kommuner.topo.json for the map.
// Source: --source <path>, else $JOBCENTERTJEK_GEO, else <shared>/geo/kommuner.geojson when it exists.
// Without any source the site draws the tile grid instead, so this is not an error.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { buildTopology } from '../src/lib/map/build-topology.ts';
import { parseRegistry } from '../src/lib/reference/registry.ts';

const root = resolve(import.meta.dirname, '..');
const output = join(root, '.cache/geo/kommuner.topo.json');
/** Hash of everything the output is made from: the cache is reused only for the same contents, whatever the file dates. */
const keyFile = `${output}.key`;
const inputsThatShapeOutput = [
  import.meta.filename,
  join(root, 'src/lib/map/build-topology.ts'),
  join(root, 'src/lib/map/group-kommune-features.ts'),
  join(root, 'data/reference/kommuner.csv'),
];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { source: { type: 'string' }, force: { type: 'boolean' } } });
const explicit = values.source ?? process.env['JOBCENTERTJEK_GEO'];
const shared = process.env['JOBCENTERTJEK_SHARED'] ?? join(root, '../shared');
const source = resolve(explicit ?? join(shared, 'geo/kommuner.geojson'));
const shown = relative(process.cwd(), source) || source;

if (!existsSync(source)) {
  if (explicit) fail(`data:geo: grænsefilen ${shown} findes ikke (angivet med --source eller JOBCENTERTJEK_GEO)`);
  rmSync(output, { force: true });
  rmSync(keyFile, { force: true });
  console.log('data:geo: ingen kommunegrænser fundet – kortet vises som flisekort');
  process.exit(0);
}

const hash = createHash('sha256');
for (const file of [source, ...inputsThatShapeOutput]) hash.update(readFileSync(file));
const key = hash.digest('hex');
if (!values.force && existsSync(output) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
  console.log(`data:geo: genbruger ${relative(root, output)} (samme indhold i ${shown} og scriptet som sidst)`);
  process.exit(0);
}

let geojson;
try {
  geojson = JSON.parse(readFileSync(source, 'utf8'));
} catch (error) {
  fail(`data:geo: ${shown} kan ikke læses som JSON: ${(error as Error).message}`);
}
const registry = parseRegistry(
  readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8'),
  readFileSync(join(root, 'data/reference/regioner.csv'), 'utf8'),
);
const result = buildTopology(geojson, registry.kommuner.map((k) => k.code));
if (!result.ok) {
  fail([`data:geo: ${shown} har ${result.problems.length} fejl, intet skrevet:`, ...result.problems.map((p) => `  - ${p}`)].join('\n'));
}

const text = JSON.stringify(result.topology);
mkdirSync(dirname(output), { recursive: true });
const temp = `${output}.${process.pid}.tmp`;
writeFileSync(temp, text);
renameSync(temp, output);
writeFileSync(keyFile, key);
const count = result.topology.objects.kommuner.geometries.length;
console.log(
  `data:geo: skrev ${relative(root, output)}: ${count} kommuner, ${text.length.toLocaleString('da-DK')} bytes ` +
    `(${gzipSync(text).length.toLocaleString('da-DK')} bytes gzip) fra ${shown}`,
);
