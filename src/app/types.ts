import type { GszInput, GszResult, InputProblem } from "../core/model";
import type { Lang } from "../i18n";

/** Options of a run, the same for the task pane, the custom functions and the CLI. */
export interface RunOptions {
  readonly lang: Lang;
  /** The time stamped on the outputs (injected so that tests and reproductions are deterministic). */
  readonly now: Date;
}

/** What a run gives back: problems that stop it (nothing written), or the results and what was written. */
export type RunOutcome =
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] }
  | {
      readonly kind: "done";
      readonly input: GszInput;
      readonly result: GszResult;
      /** The names of the output sheets written. */
      readonly written: readonly string[];
      /** SHA-256 (hex) of the input values the outputs were computed from. */
      readonly fingerprint: string;
      /** The outputs already in the workbook before this run were computed from other inputs. */
      readonly wasStale: boolean;
    };

export interface TemplateOptions {
  readonly lang: Lang;
  /** Fill the input sheets with the bundled example program. */
  readonly example: boolean;
}

/** Whether the output sheets in a workbook still match its inputs. */
export type StaleState = "fresh" | "stale" | "no-outputs";
