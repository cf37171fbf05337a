/** npm run --silent data:export -- --input <fil-eller-mappe>... [--decimal komma|punktum] → CSV on stdout */
import { exportCsv } from '../src/lib/dataset/export-csv.ts';
import { SAMPLE_WARNING } from '../src/lib/ingest/ingest.ts';
import { ingestPaths, inputFiles, printProblems, readArgs, runScript } from './io.ts';

runScript(() => {
  const args = readArgs(process.argv.slice(2));
  const result = ingestPaths(inputFiles(args.inputs), args.decimal);
  if (!result.dataset) {
    printProblems(result.problems, result.problemCount);
    return 1;
  }
  if (result.dataset.sample) process.stderr.write(`Advarsel: data indeholder ${SAMPLE_WARNING}\n`);
  process.stdout.write(exportCsv(result.dataset.observations, result.registry));
  return 0;
});
