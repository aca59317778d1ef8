/** What the CLI needs from the outside world; injected so that tests run it in-process. */
export interface CliIo {
  /** Writes one line to standard output. */
  readonly out: (line: string) => void;
  /** Writes one line to standard error. */
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The time stamped on outputs. */
  readonly now: () => Date;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/**
 * A line writer for a standard stream that goes quiet when the reader has gone away (`gsz run … |
 * head`): EPIPE, and writes after it, are dropped instead of ending in a stack trace. The command
 * itself carries on: its files are written or not as they would be, and the exit status is its own.
 */
export function quietWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    const code = errorCode(error);
    if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") {
      closed = true;
      return;
    }
    throw error;
  });
  return (line) => {
    if (!closed && !stream.destroyed) stream.write(`${line}\n`);
  };
}

/**
 * The time stamped on outputs: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when it is set to a whole number, so that the same input gives the same bytes; now otherwise.
 */
export function stampTime(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** The real process. */
export function processIo(): CliIo {
  return {
    out: quietWriter(process.stdout),
    err: quietWriter(process.stderr),
    env: process.env,
    now: () => stampTime(process.env),
  };
}
