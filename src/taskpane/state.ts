import type { RunOutcome, StaleState, TemplateOptions } from "../app/types";
import type { Lang } from "../i18n";

/**
 * The task pane's state as a pure reducer: components dispatch, the host's promises resolve into actions.
 * Nothing here touches Office or the DOM.
 */

export type Task = "template" | "run" | "csv" | "workbook";

/** A message to show: a catalogue key and its parameters, translated when rendered (language may change). */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A template plan as the pane shows it: sheet names only. */
export interface TemplatePreview {
  /** Sheets written without asking (missing, or empty). */
  readonly create: readonly string[];
  /** Existing sheets holding data that would be replaced: the question names them. */
  readonly wouldReplace: readonly string[];
  /** Sheets of the same kind in another language, kept. */
  readonly keep: readonly string[];
}

/** The question asked before "Create template" replaces sheets holding data. */
export interface TemplateQuestion {
  readonly opts: TemplateOptions;
  readonly preview: TemplatePreview;
}

export interface PaneState {
  readonly lang: Lang;
  readonly example: boolean;
  readonly busy?: Task;
  readonly outcome?: RunOutcome;
  readonly stale?: StaleState;
  readonly notice?: Message;
  readonly error?: Message;
  /** Open while the user decides whether filled input sheets may be replaced. */
  readonly question?: TemplateQuestion;
}

export type PaneAction =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "example"; readonly example: boolean }
  | { readonly type: "start"; readonly task: Task }
  | { readonly type: "templateAsk"; readonly question: TemplateQuestion }
  | { readonly type: "templateCancel" }
  | { readonly type: "templateDone"; readonly sheets: readonly string[] }
  | { readonly type: "runDone"; readonly outcome: RunOutcome }
  | { readonly type: "stale"; readonly stale: StaleState }
  | { readonly type: "exported"; readonly notice: Message }
  | { readonly type: "failed"; readonly error: Message }
  | { readonly type: "dismissError" };

export function initialState(lang: Lang): PaneState {
  return { lang, example: true };
}

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "example":
      return { ...state, example: action.example };
    case "start":
      // One task at a time: a second click while Excel is busy would interleave two batches.
      if (state.busy) return state;
      return { ...state, busy: action.task, error: undefined, notice: undefined, question: undefined };
    case "templateAsk":
      return { ...state, busy: undefined, question: action.question };
    case "templateCancel":
      // Cancel changes nothing at all, not even the missing sheets: what Cancel means in Excel's dialogs.
      return { ...state, question: undefined, notice: { key: "ui.template.cancelled" } };
    case "templateDone":
      return {
        ...state,
        busy: undefined,
        // New input sheets: earlier results no longer describe this workbook.
        outcome: undefined,
        notice: action.sheets.length
          ? { key: "ui.template.done", params: { sheets: action.sheets.join(", ") } }
          : { key: "ui.template.nothing" },
      };
    case "runDone":
      if (action.outcome.kind === "problems") return { ...state, busy: undefined, outcome: action.outcome };
      return {
        ...state,
        busy: undefined,
        outcome: action.outcome,
        stale: "fresh",
        notice: { key: "ui.run.done", params: { sheets: action.outcome.written.join(", ") } },
      };
    case "stale":
      return { ...state, stale: action.stale };
    case "exported":
      return { ...state, busy: undefined, notice: action.notice };
    case "failed":
      return { ...state, busy: undefined, error: action.error };
    case "dismissError":
      return { ...state, error: undefined };
  }
}

/** Adapter error codes with their own message `ui.error.<code>`. */
const KNOWN_ERRORS = [
  "sheet-name-invalid",
  "sheet-name-duplicate",
  "table-name-taken",
  "input-sheet-protected",
  "sheet-too-large",
];

/** Counts of cells read better in groups of three: 25000000 → 25 000 000 (no-break spaces). */
function groupDigits(params: Readonly<Record<string, string>>): Record<string, string> {
  const group = (v: string): string => (/^\d+$/.test(v) ? v.replace(/\B(?=(\d{3})+$)/g, "\u00a0") : v);
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, k === "cells" || k === "cap" ? group(v) : v]),
  );
}

/**
 * An error as a message: adapter errors with a known code get their own text, everything else (Excel's
 * RichApi errors, bugs) is shown with its own message, never dropped.
 */
export function errorMessage(error: unknown): Message {
  if (typeof error === "object" && error !== null) {
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    const params =
      "params" in error && typeof error.params === "object" && error.params !== null
        ? error.params
        : undefined;
    if (code && params && KNOWN_ERRORS.includes(code)) {
      return { key: `ui.error.${code}`, params: groupDigits(params as Readonly<Record<string, string>>) };
    }
    if (error instanceof Error)
      return { key: "ui.error.generic", params: { message: error.message || error.name } };
  }
  return { key: "ui.error.generic", params: { message: String(error) } };
}
