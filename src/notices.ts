/**
 * One-line notices from deep inside the file layer (a lock being waited for,
 * an interrupted write being finished) go to the run's stderr (its run
 * context holds the sink); outside a run they go to process.stderr.
 */
import { currentRun } from './run-context.js';

export function notice(line: string): void {
  const sink = currentRun()?.notice;
  if (sink) sink(line);
  else process.stderr.write(`${line}\n`);
}
