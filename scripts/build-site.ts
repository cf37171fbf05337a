/**
 * npm run build — the whole chain: published files → .cache/dataset.json (data:build) → .cache/geo (data:geo) →
 * static pages (astro build) → search index (pagefind). Input folders: $JOBCENTERTJEK_INPUT or `-- --input …`
 * (see data:build); output folder: $JOBCENTERTJEK_DIST or dist/. Stops at the first failing step with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { input: { type: 'string', multiple: true }, out: { type: 'string' } }, strict: true });
const out = values.out ?? process.env['JOBCENTERTJEK_DIST'] ?? 'dist';
const inputs = (values.input ?? []).flatMap((path) => ['--input', path]);
const bin = (name: string) => `node_modules/.bin/${name}`;

const steps: [string, string[]][] = [
  [process.execPath, ['scripts/build-dataset.ts', ...inputs]],
  [process.execPath, ['scripts/build-geo.ts']],
  [bin('astro'), ['build', '--silent', '--outDir', out]],
  [bin('pagefind'), ['--site', out, '--silent']],
];
const started = performance.now();
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Bygningen stoppede: "${[command.split('/').pop(), ...args].join(' ')}" fejlede.`);
    process.exit(result.status ?? 1);
  }
}
console.error(`Siden er bygget i ${out}/ på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (!existsSync('.cache/geo/kommuner.topo.json')) {
  console.error('Bemærk: uden kommunegrænser viser kortet kun flisekortet (se data:geo og JOBCENTERTJEK_GEO).');
}
