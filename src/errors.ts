export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  cancelled: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error meant for the user: its message is printed as is, with an optional hint line. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.failure,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
    this.name = 'UsageError';
  }
}

/** The person cancelled (the wizard's Cancel): exit 130, said in their language as a plain line, not as an error. */
export class CancelledError extends CliError {
  constructor() {
    super('cancelled', ExitCode.cancelled);
    this.name = 'CancelledError';
  }
}
