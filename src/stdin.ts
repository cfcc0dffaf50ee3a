import { CliError, UsageError } from './errors.js';
import type { InStream } from './world.js';

export interface StdinLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Who reads, for messages: `--api-key-stdin`, `secrets resolve`. */
  reader: string;
  /** Said when stdin is a terminal instead of a pipe. */
  ttyHint: string;
}

/** Reads all of piped stdin, bounded in size and time; the text is never echoed. */
export async function readAllStdin(stdin: InStream, opts: StdinLimits): Promise<string> {
  if (stdin.isTTY) throw new UsageError(`${opts.reader} reads from a pipe, not a terminal: ${opts.ttyHint}`);
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      stdin.removeListener('error', onError);
      stdin.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > opts.maxBytes) return finish(new UsageError(`${opts.reader} read more than ${opts.maxBytes} bytes from stdin.`));
      chunks.push(buffer);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new CliError(`${opts.reader} cannot read stdin: ${error.message}`));
    const timer = setTimeout(
      () => finish(new CliError(`${opts.reader} got no end of input within ${opts.timeoutMs / 1000} s: close stdin after writing.`)),
      opts.timeoutMs,
    );
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.once('error', onError);
    stdin.resume();
  });
}
