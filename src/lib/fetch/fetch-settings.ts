/** data:fetch's settings from the environment, checked before anything is requested. */
import { DEFAULT_RETRY, type RetryOptions } from './retry-policy.ts';

export const DEFAULT_BASE_URL = 'https://api.jobindsats.dk/v3';

export interface FetchSettings {
  key: string;
  base: string;
  timeoutMs: number;
  runTimeoutMs: number;
  retry: RetryOptions;
}

/** The variables, their defaults and meaning: printed by --help and kept in step with the README. */
export const ENVIRONMENT = [
  ['JOBINDSATS_API_KEY', 'ingen – skal sættes', 'nøglen fra STAR; sendes som "Authorization: Bearer <nøgle>"'],
  ['JOBINDSATS_BASE_URL', DEFAULT_BASE_URL, "API'ets adresse"],
  ['JOBINDSATS_TIMEOUT_S', '30', 'sekunder pr. forespørgsel, fra den sendes, til hele svaret er læst'],
  ['JOBINDSATS_RUN_TIMEOUT_S', '600', 'sekunder for hele kørslen; derefter opgives resten, og intet skrives'],
  ['JOBINDSATS_BACKOFF_MS', '1000', 'ventetid før 2. forsøg; fordobles (1, 2, 4 s) op til loftet'],
  ['JOBINDSATS_BACKOFF_CAP_MS', '8 × JOBINDSATS_BACKOFF_MS', 'længste ventetid; en længere Retry-After følges ikke'],
] as const;

export const MISSING_KEY =
  'JOBINDSATS_API_KEY er ikke sat. data:fetch skal bruge en API-nøgle fra STAR (skriv til STAR og bed om en nøgle til ' +
  "jobindsats' API; én nøgle pr. organisation): JOBINDSATS_API_KEY=<nøgle> npm run data:fetch. Intet er hentet eller skrevet.";

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) {
    problems.push(`${name} skal være et positivt tal, ikke "${raw}"`);
    return fallback;
  }
  return value;
}

export function readFetchSettings(env: Env): { ok: true; settings: FetchSettings } | { ok: false; missingKey: boolean; message: string } {
  const key = env['JOBINDSATS_API_KEY']?.trim();
  if (!key) return { ok: false, missingKey: true, message: MISSING_KEY };
  const problems: string[] = [];
  const base = (env['JOBINDSATS_BASE_URL']?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(base)) problems.push(`JOBINDSATS_BASE_URL skal være en http(s)-adresse, ikke "${base}"`);
  const timeoutMs = positive(env, 'JOBINDSATS_TIMEOUT_S', 30, problems) * 1000;
  const runTimeoutMs = positive(env, 'JOBINDSATS_RUN_TIMEOUT_S', 600, problems) * 1000;
  const baseMs = positive(env, 'JOBINDSATS_BACKOFF_MS', DEFAULT_RETRY.baseMs, problems);
  const capMs = positive(env, 'JOBINDSATS_BACKOFF_CAP_MS', baseMs * (DEFAULT_RETRY.capMs / DEFAULT_RETRY.baseMs), problems);
  if (problems.length > 0) return { ok: false, missingKey: false, message: problems.join('\n') };
  return { ok: true, settings: { key, base, timeoutMs, runTimeoutMs, retry: { tries: DEFAULT_RETRY.tries, baseMs, capMs } } };
}

/** The one message for a wrong or expired key, whichever way the API said it. */
export function keyRejected(detail: string): string {
  return (
    `JOBINDSATS_API_KEY blev afvist: nøglen er forkert eller udløbet (${detail}). ` +
    "Bed STAR om en ny nøgle, og sæt den i JOBINDSATS_API_KEY (i GitHub: repository-secret'en JOBINDSATS_API_KEY)."
  );
}
