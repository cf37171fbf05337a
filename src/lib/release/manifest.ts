import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { InputFile, Release } from '../dataset/dataset.ts';
import type { Problem } from '../ingest/problem.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fileSchema = z.object({
  file: z.string().regex(/^[^/\\]+\.csv$/i, 'file skal være et filnavn i mappen, der ender på .csv'),
  /** Catalogue source id the numbers are credited to. */
  source: z.string(),
  /** Jobindsats tables the file holds ("y60c07"); they give generic headers ("Antal personer") their meaning. */
  tables: z.array(z.string().regex(/^[a-z]\d{2}[a-z]\d{2}$/)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Data rows (without the header). */
  rows: z.number().int().nonnegative(),
  periods: z.object({ first: z.string(), last: z.string(), count: z.number().int().positive() }).nullable(),
  /** The API request the file came from, without the key (fetched releases). */
  request: z.string().optional(),
  /**
   * Values in the file that are not published numbers but worked out from published ones (the letter's November 2017
   * figures: December 2018 minus the printed rise), with the rule in words: the dataset marks each one as derived.
   */
  derived: z
    .array(z.object({ period: z.string(), area: z.string().regex(/^\d{3}$/), measures: z.array(z.string()).min(1), rule: z.string().min(1) }))
    .optional(),
});

const manifestSchema = z.object({
  /** The release's date (the folder name), or null for an undated layer such as published documents. */
  release: z.string().regex(ISO_DATE, 'release skal være en dato som "2026-08-22"').nullable(),
  title: z.string().min(1),
  /** When the numbers were retrieved (ISO date or time); periods ending later cannot be in the files. */
  retrieved: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/)
    .nullable(),
  /** Where the files came from, in words. */
  origin: z.string().optional(),
  files: z.array(fileSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof fileSchema>;
export const MANIFEST = 'manifest.json';

/** Reads a release's manifest; every schema problem is named with its path. */
export function parseManifest(text: string, path: string): { manifest: Manifest } | { problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file: path, message: `manifestet kan ikke læses som JSON (${(error as Error).message})`, expected: 'gyldig JSON' }] };
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => ({ file: path, message: `${issue.path.join('.') || 'manifestet'}: ${issue.message}` })) };
  }
  return { manifest: result.data };
}

/** The layer a manifest describes; `id` is its folder name, which for a dated release must be its date. */
export function releaseOf(manifest: Manifest, id: string): Release {
  return { id, date: manifest.release, retrieved: manifest.retrieved ? manifest.retrieved.slice(0, 10) : null, title: manifest.title };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks a release folder against its manifest: the folder name is the release date, every listed file is there with
 * its checksum, and no CSV file lies there unlisted. Problems name the file and what differs.
 */
export function checkRelease(folder: string, id: string, manifest: Manifest, present: { file: string; bytes: Uint8Array }[]): Problem[] {
  const problems: Problem[] = [];
  const path = `${folder}/${MANIFEST}`;
  if (manifest.release !== null && manifest.release !== id) {
    problems.push({ file: path, message: `release er "${manifest.release}", men mappen hedder "${id}"`, expected: 'mappen skal hedde udgivelsens dato' });
  }
  const byName = new Map(present.map((p) => [p.file, p.bytes]));
  for (const entry of manifest.files) {
    const bytes = byName.get(entry.file);
    if (!bytes) {
      problems.push({ file: path, message: `filen ${entry.file} står i manifestet, men findes ikke i mappen`, expected: 'alle udgivelsens filer' });
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      problems.push({
        file: `${folder}/${entry.file}`,
        message: `filen er ændret, efter udgivelsen blev gemt (sha256 ${actual.slice(0, 12)}… i stedet for ${entry.sha256.slice(0, 12)}…)`,
        expected: 'en udgivelse rettes ikke: læg rettede tal i en ny udgivelse',
      });
    }
  }
  const listed = new Set(manifest.files.map((f) => f.file));
  for (const { file } of present) {
    if (!listed.has(file))
      problems.push({
        file: `${folder}/${file}`,
        message: 'filen ligger i udgivelsens mappe, men står ikke i manifest.json',
        expected: 'kun filer, der står i manifestet',
      });
  }
  return problems;
}

/** A manifest for files that have just been ingested without a problem (a new release from data:fetch or data:release). */
export function createManifest(
  meta: { release: string | null; title: string; retrieved: string | null; origin?: string },
  files: { file: string; bytes: Uint8Array; source: string; tables: string[]; input: InputFile; request?: string }[],
): Manifest {
  return {
    release: meta.release,
    title: meta.title,
    retrieved: meta.retrieved,
    ...(meta.origin ? { origin: meta.origin } : {}),
    files: files.map((f) => ({
      file: f.file,
      source: f.source,
      tables: f.tables,
      sha256: sha256(f.bytes),
      bytes: f.bytes.length,
      rows: f.input.rows,
      periods: f.input.periods,
      ...(f.request ? { request: f.request } : {}),
    })),
  };
}
