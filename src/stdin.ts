import { CliError, UsageError } from './errors.js';
import type { InStream } from './world.js';
import { t } from './ui/i18n/index.js';

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
  if (stdin.isTTY) throw new UsageError(t().stdinIsTerminal(opts.reader, opts.ttyHint));
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
      if (size > opts.maxBytes) return finish(new UsageError(t().stdinTooLarge(opts.reader, String(opts.maxBytes))));
      chunks.push(buffer);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new CliError(t().stdinError(opts.reader, error.message)));
    const timer = setTimeout(
      () => finish(new CliError(t().stdinNoEnd(opts.reader, String(opts.timeoutMs / 1000)))),
      opts.timeoutMs,
    );
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.once('error', onError);
    stdin.resume();
  });
}
