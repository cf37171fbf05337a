/** Writing a new release into the data archive: validated first, then written whole (temp folder + rename) or not at all. */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Release } from '../src/lib/dataset/dataset.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import type { Problem } from '../src/lib/ingest/problem.ts';
import { createManifest, MANIFEST, type Manifest } from '../src/lib/release/manifest.ts';
import { tablesFromName } from '../src/lib/ingest/tables-from-name.ts';
import { leftoverOf, lockName, releaseLeftoverPid, releaseTempName } from '../src/lib/safety/leftover.ts';
import { testPause } from './interrupt.ts';
import { loadReference, UsageError } from './io.ts';
import { sweepLeftovers } from './leftovers.ts';
import { acquireLock } from './lock.ts';

/**
 * One writer at a time per archive (data:fetch, data:release): the lock beside the archive, then what killed runs left
 * in it (a release half-written into .ny-<dato>-<pid>) is cleared, with a line saying so.
 */
export function lockArchive(archive: string, what: string, say: (line: string) => void): void {
  const near = relative(process.cwd(), archive);
  const shown = near === '' || near.startsWith('..') ? archive : near;
  acquireLock(join(dirname(archive), lockName(basename(archive))), { what, scope: `i arkivet ${shown}`, say });
  sweepLeftovers(dirname(archive), (name) => leftoverOf(name, basename(archive)), say);
  sweepLeftovers(
    archive,
    (name) => {
      const pid = releaseLeftoverPid(name);
      return pid === undefined ? undefined : { pid, kind: 'other' };
    },
    say,
  );
}

export interface NewReleaseFile {
  /** File name inside the release folder ("y60c07.csv"). */
  file: string;
  bytes: Uint8Array;
  source: string;
  /** Jobindsats tables; read off the name when left out. */
  tables?: string[];
  request?: string;
}

export interface NewRelease {
  date: string;
  title: string;
  retrieved: string;
  origin?: string;
  files: NewReleaseFile[];
  /** Extra text files to keep beside the data (e.g. README.md with provenance). */
  notes?: Record<string, string>;
}

/**
 * Ingests the files as one release (every problem listed, nothing written when there is one), then writes
 * <archive>/<date>/ with the files and manifest.json into a temp folder and renames it into place. An existing
 * release of the same date is never overwritten.
 */
export function writeRelease(archive: string, release: NewRelease): { ok: true; folder: string; manifest: Manifest } | { ok: false; problems: Problem[] } {
  const folder = join(archive, release.date);
  if (existsSync(folder)) throw new UsageError(`udgivelsen ${release.date} findes allerede i ${folder}; en udgivelse ændres ikke`);
  const { catalogue, registry } = loadReference();
  const layer: Release = { id: release.date, date: release.date, retrieved: release.retrieved.slice(0, 10), title: release.title };
  const files = release.files.map((f) => ({ ...f, tables: f.tables ?? tablesFromName(f.file) }));
  const result = ingest(
    files.map((f) => ({ file: f.file, bytes: f.bytes, tables: f.tables })),
    catalogue,
    registry,
    { releases: [layer] },
  );
  if (!result.dataset) return { ok: false, problems: result.problems };
  const inputs = result.dataset.inputs;
  const manifest = createManifest(
    { release: release.date, title: release.title, retrieved: release.retrieved, ...(release.origin ? { origin: release.origin } : {}) },
    files.map((f, index) => ({ ...f, input: inputs[index]! })),
  );
  mkdirSync(archive, { recursive: true });
  const temp = join(archive, releaseTempName(release.date, process.pid));
  try {
    mkdirSync(temp);
    for (const [index, f] of files.entries()) {
      writeFileSync(join(temp, f.file), f.bytes);
      if (index === 0) testPause('udgivelsen-skrives');
    }
    for (const [name, text] of Object.entries(release.notes ?? {})) writeFileSync(join(temp, name), text);
    writeFileSync(join(temp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(temp, folder);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { ok: true, folder, manifest };
}
