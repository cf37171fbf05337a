/**
 * The check of what a page hands to its browser controller (the JSON in a <script type="application/json">): small
 * combinators for the fields a controller reads, every problem named with its path, in Danish. Hand-written on purpose:
 * a few hundred bytes in the browser bundle instead of a schema library.
 */
/** A payload that does not match its type: every problem, in Danish, for the console (the page says it plainly). */
export class HandoffError extends Error {
  readonly problems: string[];
  constructor(what: string, problems: string[]) {
    super(`${what} kunne ikke læses: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

export type Check = (value: unknown, path: string, problems: string[]) => void;

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'en liste' : typeof value === 'object' ? 'et objekt' : JSON.stringify(value);
export const is =
  (test: (v: unknown) => boolean, what: string): Check =>
  (value, path, problems) => {
    if (!test(value)) problems.push(`${path} skal være ${what}, ikke ${kind(value)}`);
  };
export const text = is((v) => typeof v === 'string', 'en tekst');
export const number = is((v) => typeof v === 'number' && Number.isFinite(v), 'et tal');
export const numberOrNull = is((v) => v === null || (typeof v === 'number' && Number.isFinite(v)), 'et tal eller null');
export const listOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return void problems.push(`${path} skal være en liste, ikke ${kind(value)}`);
    value.forEach((v, i) => item(v, `${path}[${i}]`, problems));
  };
export const object =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path} skal være et objekt, ikke ${kind(value)}`);
    const record = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) {
      if (!(name in record)) problems.push(`${path}.${name} mangler`);
      else check(record[name], `${path}.${name}`, problems);
    }
  };
export const flag = is((v) => typeof v === 'boolean', 'sand eller falsk');
/** An object of lists of texts, by any key (the change map's small kommuner per month). */
export const textListsByKey: Check = (value, path, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path} skal være et objekt, ikke ${kind(value)}`);
  for (const [key, list] of Object.entries(value)) listOf(text)(list, `${path}.${key}`, problems);
};
/** A packed find entry (src/lib/words/find-kommune.ts): name, slug and a list of spellings. */
export const packedEntry: Check = (value, path, problems) => {
  listOf((v, p, ps) => (p.endsWith('[2]') ? listOf(text)(v, p, ps) : text(v, p, ps)))(value, path, problems);
  if (Array.isArray(value) && value.length !== 3) problems.push(`${path} skal have 3 dele (navn, adresse, stavemåder), ikke ${value.length}`);
};

/** The text parsed and checked: the value, or a HandoffError naming every problem ("kort.measure mangler"). */
export function readHandoff<T>(json: string, what: string, root: string, check: Check, agree: (value: T) => string[] = () => []): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new HandoffError(what, [`teksten er ikke gyldig JSON (${(error as Error).message})`]);
  }
  const problems: string[] = [];
  check(value, root, problems);
  if (problems.length === 0) problems.push(...agree(value as T));
  if (problems.length > 0) throw new HandoffError(what, problems);
  return value as T;
}
