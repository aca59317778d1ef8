import type { GszInput, GszResult, InputProblem } from "../core/model";
import type { Lang } from "../i18n";
import type { SheetLayout, SheetValues } from "../workbook/port";

/** Options of a run, the same for the task pane, the custom functions and the CLI. */
export interface RunOptions {
  readonly lang: Lang;
  /** The time stamped on the outputs (injected so that tests and reproductions are deterministic). */
  readonly now: Date;
  /**
   * The analysis, when not the engine's `analyze` on this thread: the add-in passes one that runs large
   * inputs in a Web Worker. `cells` counts the cells read from the input sheets.
   */
  readonly analyze?: (input: GszInput, size: { readonly cells: number }) => Promise<GszResult>;
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

/** A values-only copy of one input sheet as it was read, for the results workbook (CLI.md `-o`). */
export interface InputCopy {
  /** The sheet's name and values exactly as read: same name, same cells, no formulas. */
  readonly sheet: SheetValues;
  /** The text that marks the sheet as a copy (its page header and the note on A1), in the user's language. */
  readonly note: string;
}

/**
 * A complete results workbook, computed in full before any byte is written: the output sheets, then a
 * values-only copy of every input sheet that was read (so every link from Расхождения lands on a cell
 * of the same file), and the document description that says what the file is.
 */
export interface ResultsBook {
  readonly outputs: readonly SheetLayout[];
  readonly copies: readonly InputCopy[];
  readonly title: string;
  readonly description: string;
}

/** What `runToResults` gives back: problems (nothing to write), or the results and the book to write. */
export type ResultsOutcome =
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] }
  | {
      readonly kind: "done";
      readonly input: GszInput;
      readonly result: GszResult;
      readonly book: ResultsBook;
      /** SHA-256 (hex) of the input values, the same as in the stamps. */
      readonly fingerprint: string;
      /** The outputs already in the read workbook were computed from other inputs. */
      readonly wasStale: boolean;
    };
