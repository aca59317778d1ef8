/**
 * `--scores` takes one or more paths: `--scores a.xlsx b.xlsx` (what a shell glob gives), `--scores=a.xlsx`,
 * and the flag repeated. Every argument after `--scores` up to the next option is a form, so the input
 * workbook comes before it: `gsz run in.xlsx --scores forms/*.xlsx -o results.xlsx`.
 */
export function takeScores(argv: readonly string[]): { rest: string[]; scores: string[]; given: boolean } {
  const rest: string[] = [];
  const scores: string[] = [];
  let taking = false;
  let given = false;
  for (const arg of argv) {
    if (arg === "--scores") {
      taking = true;
      given = true;
    } else if (arg.startsWith("--scores=")) {
      taking = false;
      given = true;
      scores.push(arg.slice("--scores=".length));
    } else if (taking && !arg.startsWith("-")) {
      scores.push(arg);
    } else {
      taking = false;
      rest.push(arg);
    }
  }
  return { rest, scores, given };
}
