import { addSources, cofinancingFigures } from "../cofinancing/figures";
import { sumMoney } from "../money";
import type { ProgramFigures, SummedFigures } from "./types";

/**
 * The figures of several programs added up: money and counts summed, and the co-financing shares and
 * leverage computed again from the summed money (shares of a sum are never an average of shares), so
 * they sum to exactly 100.00 % like every other set of shares.
 */
export function summed(programs: readonly ProgramFigures[]): SummedFigures {
  return {
    programs: programs.length,
    budget: sumMoney(programs.map((p) => p.budget)),
    submitted: programs.reduce((n, p) => n + p.submitted, 0),
    funded: programs.reduce((n, p) => n + p.funded, 0),
    cofinancing: cofinancingFigures(addSources(programs.map((p) => p.sources))),
    paid: sumMoney(programs.map((p) => p.paid)),
    spent: sumMoney(programs.map((p) => p.spent)),
    toReturn: sumMoney(programs.map((p) => p.toReturn)),
    errors: programs.reduce((n, p) => n + p.errors, 0),
  };
}
