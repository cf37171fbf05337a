/** One problem in the input, with its place. Messages are Danish; they are shown to whoever runs the build. */
export interface Problem {
  file: string;
  /** 1-based physical line in the file. */
  line?: number;
  /** 1-based field number in the row. */
  column?: number;
  header?: string;
  value?: string;
  message: string;
  /** What would have been valid. */
  expected?: string;
}

/** "fil.csv:3:2 (Område): ukendt kommune "Fakeby" – gyldigt: …" */
export function formatProblem(problem: Problem): string {
  let place = problem.file;
  if (problem.line !== undefined) place += `:${problem.line}`;
  if (problem.column !== undefined) place += `:${problem.column}`;
  if (problem.header !== undefined) place += ` (kolonne "${problem.header}")`;
  let text = `${place}: ${problem.message}`;
  if (problem.value !== undefined) text += `: "${shorten(problem.value)}"`;
  if (problem.expected !== undefined) text += ` – gyldigt: ${problem.expected}`;
  return text;
}

/** A cell as it is shown in a message: on one line, and shortened when it is long ("Aller…" plus its length). */
export function shorten(value: string, max = 60): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > max ? `${oneLine.slice(0, max - 20)}… (${oneLine.length.toLocaleString('da-DK')} tegn i alt)` : oneLine;
}

/** Collects every problem of a run but keeps only the first `cap` in memory, so a broken huge file cannot exhaust it. */
export class ProblemList {
  readonly items: Problem[] = [];
  count = 0;
  readonly cap: number;

  constructor(cap = 1000) {
    this.cap = cap;
  }

  add(problem: Problem): void {
    this.count++;
    // A huge cell is kept short: a broken file must not fill memory with copies of itself.
    const kept = problem.value !== undefined && problem.value.length > 60 ? { ...problem, value: shorten(problem.value) } : problem;
    if (this.items.length < this.cap) this.items.push(kept);
  }
}
