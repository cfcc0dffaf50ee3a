/**
 * One-line notices from deep inside the file layer (a lock being waited for,
 * an interrupted write being finished) go to the command's stderr: the
 * command's run installs the sink; without one they go to process.stderr.
 */
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

export function setNoticeSink(next: (line: string) => void): void {
  sink = next;
}

export function notice(line: string): void {
  sink(line);
}
