import { randomBytes } from "node:crypto";
import { copyFileSync, linkSync, promises as fs, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { PlannedOutput } from "./outputs";

/** One output of a command: where it goes (from the output plan) and how its bytes are written. */
export interface OutputFile {
  readonly planned: PlannedOutput;
  /** Writes the complete file to `temp` (a new file beside the target). */
  readonly write: (temp: string) => Promise<void>;
}

/** The synchronous file operations of the commit step; replaceable in tests to make one fail. */
export interface CommitOps {
  readonly rename: (from: string, to: string) => void;
  readonly link: (existing: string, alias: string) => void;
}

const REAL_OPS: CommitOps = {
  rename: renameSync,
  link: (existing, alias) => {
    try {
      linkSync(existing, alias);
    } catch {
      copyFileSync(existing, alias); // a file system without hard links
    }
  },
};

/** The signals that interrupt a command, and the exit status each gives (128 + its number). */
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
type Interrupt = keyof typeof SIGNALS;

/**
 * A name beside the target that says what it is: `results.xlsx.gsz-1a2b3c4d.tmp`. Visible rather than a
 * dot-file, so that if the process is killed outright (SIGKILL, power loss) a person sees it and can
 * delete it; every other ending removes it.
 */
function sibling(target: string, ending: string): string {
  const name = `${path.basename(target)}.gsz-${randomBytes(4).toString("hex")}.${ending}`;
  return path.join(path.dirname(target), name);
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Best effort: nothing more can be done for it here.
  }
}

/**
 * For tests only: how long finished temporary files wait before they are renamed into place, so that a
 * test can interrupt a real process at that moment (writing itself takes milliseconds). Unset: none.
 */
const HOLD_ENV = "GSZ_TEST_HOLD_BEFORE_COMMIT_MS";

async function holdForTests(): Promise<void> {
  const ms = Number(process.env[HOLD_ENV] ?? "0");
  if (Number.isFinite(ms) && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Writes the files of one command all or nothing: each is written completely to a temporary file
 * beside its target; only when every one is complete are they renamed into place, in one synchronous
 * step (no signal handler can run in between). Each replaced file is kept as a hard link until every
 * rename has succeeded, so a failing rename puts the earlier targets back. On failure, and on SIGINT or
 * SIGTERM while writing (exit 130 / 143 after `onInterrupt`), the temporary files are removed and every
 * target is as it was. A rejection means no file was written or changed.
 */
export async function writeAllOrNothing(
  files: readonly OutputFile[],
  onInterrupt: (signal: Interrupt) => void,
  ops: CommitOps = REAL_OPS,
): Promise<void> {
  const temps = files.map((file) => sibling(file.planned.target, "tmp"));
  const removeTemps = (): void => temps.forEach(removeQuietly);
  const handlers = (Object.keys(SIGNALS) as Interrupt[]).map((signal) => {
    const handler = (): void => {
      removeTemps();
      onInterrupt(signal);
      process.exit(SIGNALS[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  try {
    for (const [i, file] of files.entries()) {
      const temp = temps[i] as string;
      await file.write(temp);
      const mode = file.planned.replacesMode;
      if (mode !== undefined) await fs.chmod(temp, mode);
    }
    await holdForTests();
    commit(files, temps, ops);
  } catch (error) {
    removeTemps();
    throw error;
  } finally {
    handlers.forEach((off) => off());
  }
}

/** Renames every temporary file into place, or puts every target back as it was and throws. */
function commit(files: readonly OutputFile[], temps: readonly string[], ops: CommitOps): void {
  const keep = files.length > 1;
  const backups: (string | undefined)[] = [];
  const kept = new Set<string>();
  let done = 0;
  try {
    for (const file of files) {
      const { target, replacesMode } = file.planned;
      let backup: string | undefined;
      if (keep && replacesMode !== undefined) {
        backup = sibling(target, "old");
        ops.link(target, backup);
      }
      backups.push(backup);
    }
    for (const [i, file] of files.entries()) {
      ops.rename(temps[i] as string, file.planned.target);
      done = i + 1;
    }
  } catch (error) {
    for (let i = done - 1; i >= 0; i--) {
      const target = (files[i] as OutputFile).planned.target;
      const backup = backups[i];
      try {
        if (backup !== undefined) ops.rename(backup, target);
        else rmSync(target, { force: true });
      } catch {
        // Keep this original under its backup name rather than lose it; put the others back.
        if (backup !== undefined) kept.add(backup);
      }
    }
    throw error;
  } finally {
    for (const backup of backups) if (backup !== undefined && !kept.has(backup)) removeQuietly(backup);
  }
}
