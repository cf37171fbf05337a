/** npm run data:build [-- --input <fil-eller-mappe>... --decimal komma|punktum --output <fil>] → .cache/dataset.json */
import { join } from 'node:path';
import { ingestPaths, inputFiles, printProblems, readArgs, ROOT, runScript, writeAtomic, count } from './io.ts';
import { datasetJsonChunks } from '../src/lib/dataset/dataset-json.ts';

runScript(() => {
  const args = readArgs(process.argv.slice(2));
  const files = inputFiles(args.inputs);
  const result = ingestPaths(files, args.decimal);
  for (const notice of result.notices) process.stderr.write(`Bemærk: ${notice}\n`);
  if (!result.dataset) {
    printProblems(result.problems, result.problemCount);
    process.stderr.write('Intet er skrevet.\n');
    return 1;
  }
  const output = args.output ?? join(ROOT, '.cache', 'dataset.json');
  writeAtomic(output, datasetJsonChunks(result.dataset));
  const rows = result.dataset.inputs.reduce((sum, input) => sum + input.rows, 0);
  process.stderr.write(
    `Datasæt skrevet til ${output}: ${count(files.length, 'fil', 'filer')}, ${count(rows, 'række', 'rækker')}, ` +
      `${count(result.dataset.observations.length, 'observation', 'observationer')}, ${count(result.kommuner, 'kommune', 'kommuner')}, ` +
      `${count(result.periods, 'periode', 'perioder')}.\n`,
  );
  if (result.dataset.sample) process.stderr.write('Advarsel: Eksempeldata – ikke officielle tal.\n');
  return 0;
});
