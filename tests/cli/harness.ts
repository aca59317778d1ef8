import { runCli } from "../../src/cli/cli";
import type { CliIo } from "../../src/cli/io";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with captured output, a fixed clock and a clean environment. */
export async function gsz(argv: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env,
    now: () => new Date(Date.UTC(2026, 10, 23, 9, 30)),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
