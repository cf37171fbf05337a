/**
 * npm run data:release -- --date 2026-10-01 [--title …] [--retrieved …] [--source jobindsats] [--archive data/releases] <filer…>
 * Puts files downloaded by hand (e.g. CSV exports from jobindsats.dk) into the data archive as a new release, checked
 * by the same ingest as the build, with a manifest (source, tables, sha256, rows, periods). Nothing is written when a
 * file has a problem, and an existing release is never changed.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { count, printProblems, ROOT, runScript, UsageError } from './io.ts';
import { lockArchive, writeRelease } from './release-io.ts';

const USAGE =
  'Brug: npm run data:release -- --date ÅÅÅÅ-MM-DD [--title "…"] [--retrieved ÅÅÅÅ-MM-DD] [--origin "…"] [--source jobindsats] [--archive <mappe>] <fil.csv> …';

runScript(
  () => {
    let parsed;
    try {
      parsed = parseArgs({
        args: process.argv.slice(2),
        allowPositionals: true,
        options: {
          date: { type: 'string' },
          title: { type: 'string' },
          retrieved: { type: 'string' },
          origin: { type: 'string' },
          source: { type: 'string' },
          archive: { type: 'string' },
        },
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date skal være udgivelsens dato (ÅÅÅÅ-MM-DD)\n${USAGE}`);
    if (positionals.length === 0) throw new UsageError(`angiv mindst én CSV-fil\n${USAGE}`);
    const archive = values.archive ?? join(ROOT, 'data/releases');
    lockArchive(archive, 'udgivelse', (line) => process.stderr.write(`${line}\n`));
    const result = writeRelease(archive, {
      date: values.date,
      title: values.title ?? 'Jobindsats.dk, hentet manuelt',
      retrieved: values.retrieved ?? values.date,
      ...(values.origin ? { origin: values.origin } : {}),
      files: positionals.map((path) => ({ file: basename(path), bytes: readFileSync(path), source: values.source ?? 'jobindsats' })),
    });
    if (!result.ok) {
      printProblems(result.problems, result.problems.length);
      process.stderr.write('Intet er skrevet.\n');
      return 1;
    }
    const rows = result.manifest.files.reduce((sum, f) => sum + f.rows, 0);
    process.stderr.write(
      `Udgivelsen ${values.date} er gemt i ${result.folder}: ${count(positionals.length, 'fil', 'filer')}, ${count(rows, 'række', 'rækker')}.\n`,
    );
    return 0;
  },
  () => 'Intet er skrevet, og arkivet er uændret.',
);
