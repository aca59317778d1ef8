/** Exit statuses of CLI.md. */
export const EXIT = {
  /** Ran. */
  ok: 0,
  /** Ran, and `--strict` found an error-level discrepancy. */
  strictFailed: 1,
  /** `consolidate --partial` ran and left out files that cannot be used (the same status as strictFailed). */
  partial: 1,
  /** The input cannot be used, the command line is wrong, or an output could not be written. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
