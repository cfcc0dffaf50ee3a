import { CliError, UsageError } from '../errors.js';
import type { InStream } from '../world.js';

/** Reads a piped secret: bounded in size and time, never echoed. */
export async function readSecretFromStdin(stdin: InStream, opts = { maxBytes: 64 * 1024, timeoutMs: 10_000 }): Promise<string> {
  if (stdin.isTTY) {
    throw new UsageError('--api-key-stdin needs the key piped in, for example: printenv QWEN_API_KEY | openclaw onboard --api-key-stdin ...');
  }
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
      if (size > opts.maxBytes) return finish(new UsageError(`--api-key-stdin read more than ${opts.maxBytes} bytes: pipe only the key.`));
      chunks.push(buffer);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new CliError(`Cannot read the key from stdin: ${error.message}`));
    const timer = setTimeout(
      () => finish(new CliError(`--api-key-stdin got no end of input within ${opts.timeoutMs / 1000} s: pipe the key and close stdin.`)),
      opts.timeoutMs,
    );
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.once('error', onError);
    stdin.resume();
  });
}
