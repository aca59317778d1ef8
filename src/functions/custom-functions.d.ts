/**
 * The subset of the custom functions runtime (the `CustomFunctions` global of Office's shared runtime) this
 * add-in uses. Microsoft ships these types as @types/custom-functions-runtime, which is not a dependency
 * here; the shapes follow its declarations.
 */
declare namespace CustomFunctions {
  /** Excel error values a custom function can return by throwing CustomFunctions.Error. */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Thrown by a custom function: Excel shows `code` in the cell and `message` on hover. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  /** Binds a function id of functions.json to its implementation. */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
