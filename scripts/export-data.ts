/**
 * npm run --silent data:export [-- --input <fil-eller-mappe>... --release ÅÅÅÅ-MM-DD --demo --decimal komma|punktum] → CSV on stdout.
 * Without --input: the embedded data (every release). With --release: the numbers as they stood after that release.
 */
import { exportCsv } from '../src/lib/dataset/export-csv.ts';
import { SAMPLE_WARNING } from '../src/lib/words/sample-warning.ts';
import { ingestPlan, planInputs, planUpTo, printProblems, readArgs, runScript } from './io.ts';

runScript(() => {
  const args = readArgs(process.argv.slice(2));
  const plan = planInputs(args);
  const result = ingestPlan(args.release ? planUpTo(plan, args.release) : plan, args.decimal);
  if (!result.dataset) {
    printProblems(result.problems, result.problemCount);
    return 1;
  }
  if (result.dataset.sample) process.stderr.write(`Advarsel: data indeholder ${SAMPLE_WARNING}\n`);
  process.stdout.write(exportCsv(result.dataset.observations, result.registry));
  return 0;
});
