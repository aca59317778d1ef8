import type { RunOutcome, StaleState } from "../app/types";
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

export interface PaneState {
  readonly lang: Lang;
  readonly example: boolean;
  readonly busy?: Task;
  readonly outcome?: RunOutcome;
  readonly stale?: StaleState;
  readonly notice?: Message;
  readonly error?: Message;
}

export type PaneAction =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "example"; readonly example: boolean }
  | { readonly type: "start"; readonly task: Task }
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
      return { ...state, busy: action.task, error: undefined, notice: undefined };
    case "templateDone":
      return {
        ...state,
        busy: undefined,
        // New input sheets: earlier results no longer describe this workbook.
        outcome: undefined,
        notice: { key: "ui.template.done", params: { sheets: action.sheets.join(", ") } },
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
    if (code && params && ["sheet-name-invalid", "sheet-name-duplicate", "table-name-taken"].includes(code)) {
      return { key: `ui.error.${code}`, params: params as Readonly<Record<string, string>> };
    }
    if (error instanceof Error)
      return { key: "ui.error.generic", params: { message: error.message || error.name } };
  }
  return { key: "ui.error.generic", params: { message: String(error) } };
}
