/**
 * Ctrl-C, a CI job's cancel (SIGTERM) or a closed terminal (SIGHUP) end a run through its own clean-up rather than
 * in the middle of it; and a test hook that holds a run at a named point so a test can kill it exactly there.
 */
import { constants } from 'node:os';

export const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof SIGNALS)[number];

/** The shell's exit code for a run ended by the signal: 130 for SIGINT, 143 for SIGTERM. */
export const signalExitCode = (signal: StopSignal) => 128 + constants.signals[signal];

/** Calls `stop` once on the first of the signals; the run then ends itself after cleaning up. */
export function onStopSignal(stop: (signal: StopSignal) => void): void {
  let stopped = false;
  for (const signal of SIGNALS)
    process.on(signal, () => {
      if (stopped) return;
      stopped = true;
      stop(signal);
    });
}

/**
 * JOBCENTERTJEK_TEST_PAUSE=<point>: at that point the run prints "Testpause: <point>" and waits
 * JOBCENTERTJEK_TEST_PAUSE_MS (standard 60 s) before going on, so a test can kill it or change the disk there.
 */
export function testPause(point: string): void {
  if (process.env['JOBCENTERTJEK_TEST_PAUSE'] !== point) return;
  process.stderr.write(`Testpause: ${point} (pid ${process.pid})\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env['JOBCENTERTJEK_TEST_PAUSE_MS'] ?? 60_000));
}
