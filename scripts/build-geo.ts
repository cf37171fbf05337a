// npm run data:geo [-- --source <kommuner.geojson>] [--check]: kommune boundaries (GeoJSON) → data/geo/kommuner.topo.json,
// the simplified TopoJSON committed with the project (derived from DAGI, CC BY 4.0; provenance in data/geo/README.md).
// Source: --source <path>, else $JOBCENTERTJEK_GEO. Without a source the committed file is kept as it is.
// --check rebuilds in memory and fails when the committed file differs (a golden test of the derivation).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildTopology } from '../src/lib/map/build-topology.ts';
import { loadReference, ROOT, runScript, UsageError, writeAtomic } from './io.ts';

export const TOPOLOGY = join(ROOT, 'data/geo/kommuner.topo.json');

runScript(() => {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { source: { type: 'string' }, check: { type: 'boolean' } } });
  const given = values.source ?? process.env['JOBCENTERTJEK_GEO'];
  const target = relative(process.cwd(), TOPOLOGY);
  if (!given) {
    if (!existsSync(TOPOLOGY)) throw new UsageError(`${target} mangler, og der er ingen grænsefil at lave den af (--source <kommuner.geojson>)`);
    console.log(`data:geo: bruger den indlejrede ${target} (angiv --source <kommuner.geojson> for at lave den igen)`);
    return 0;
  }
  const source = resolve(given);
  const shown = relative(process.cwd(), source) || source;
  if (!existsSync(source)) throw new UsageError(`grænsefilen ${shown} findes ikke`);
  let geojson;
  try {
    geojson = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shown} kan ikke læses som JSON: ${(error as Error).message}`);
  }
  const { registry } = loadReference();
  const result = buildTopology(
    geojson,
    registry.kommuner.map((k) => k.code),
  );
  if (!result.ok) {
    console.error([`data:geo: ${shown} har ${result.problems.length} fejl, intet skrevet:`, ...result.problems.map((p) => `  - ${p}`)].join('\n'));
    return 1;
  }
  const text = `${JSON.stringify(result.topology)}\n`;
  if (values.check) {
    const same = existsSync(TOPOLOGY) && readFileSync(TOPOLOGY, 'utf8') === text;
    console.log(
      same ? `data:geo: ${target} svarer til ${shown}` : `data:geo: ${target} svarer IKKE til det, ${shown} giver – kør npm run data:geo -- --source ${shown}`,
    );
    return same ? 0 : 1;
  }
  writeAtomic(TOPOLOGY, [text]);
  const count = result.topology.objects.kommuner.geometries.length;
  console.log(
    `data:geo: skrev ${target}: ${count} kommuner, ${text.length.toLocaleString('da-DK')} bytes (${gzipSync(text).length.toLocaleString('da-DK')} bytes gzip) fra ${shown}`,
  );
  return 0;
});
