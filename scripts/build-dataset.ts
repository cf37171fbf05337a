/** npm run data:build [-- --input <fil-eller-mappe>... --release-date … --demo --decimal komma|punktum --output <fil>] → .cache/dataset.json */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetJson } from '../src/lib/dataset/dataset-json.ts';
import { SAMPLE_WARNING } from '../src/lib/words/sample-warning.ts';
import { leftoverOf, lockName } from '../src/lib/safety/leftover.ts';
import { count, ingestPlan, planInputs, printProblems, readArgs, ROOT, runScript } from './io.ts';
import { sweepLeftovers } from './leftovers.ts';
import { acquireLock } from './lock.ts';

const DATASET = join(ROOT, '.cache', 'dataset.json');
const say = (line: string) => process.stderr.write(`${line}\n`);

runScript(
  () => {
    const args = readArgs(process.argv.slice(2));
    const plan = planInputs(args);
    const result = ingestPlan(plan, args.decimal);
    for (const notice of result.notices) process.stderr.write(`Bemærk: ${notice}\n`);
    if (!result.dataset) {
      printProblems(result.problems, result.problemCount);
      process.stderr.write('Intet er skrevet.\n');
      return 1;
    }
    const output = args.output ?? process.env['JOBCENTERTJEK_DATASET'] ?? DATASET;
    // The checkout's dataset: one writer at a time (a build holds this lock for its own data:build step).
    if (output === DATASET && process.env['JOBCENTERTJEK_LOCKED_BY'] !== String(process.ppid)) {
      acquireLock(join(dirname(DATASET), lockName('bygning')), { what: 'datasæt', scope: 'i denne checkout', say });
      sweepLeftovers(dirname(DATASET), (name) => leftoverOf(name, 'dataset.json'), say);
    }
    writeBytesAtomic(output, datasetJson(result.dataset));
    const { dataset } = result;
    const rows = dataset.inputs.reduce((sum, input) => sum + input.rows, 0);
    const dated = dataset.releases.filter((release) => release.date !== null).length;
    process.stderr.write(
      `Datasæt skrevet til ${process.env['JOBCENTERTJEK_DATASET_SHOWN'] ?? output}: ${count(plan.files.length, 'fil', 'filer')} i ${count(dataset.releases.length, 'lag', 'lag')} (${count(dated, 'dateret udgivelse', 'daterede udgivelser')}), ` +
        `${count(rows, 'række', 'rækker')}, ${count(dataset.observations.length, 'værdi', 'værdier')}, ${count(dataset.revisions.length, 'revision', 'revisioner')}, ` +
        `${count(result.kommuner, 'kommune', 'kommuner')}, ${count(result.periods, 'periode', 'perioder')}.\n`,
    );
    if (dataset.sample) process.stderr.write(`Advarsel: ${SAMPLE_WARNING}.\n`);
    return 0;
  },
  () => 'Datasættet er uændret.',
);

/**
 * writeAtomic for pieces of bytes, each written before the next is made: the dataset is written as it is made,
 * without turning a million values into text first (that alone kept 15 MB more at a million rows).
 */
function writeBytesAtomic(path: string, pieces: Iterable<Uint8Array>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const piece of pieces) for (let written = 0; written < piece.length;) written += writeSync(fd, piece, written);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
