import type { CellAddress, Finding, IsoDate } from "../model";
import { finding } from "./finding";
import type { RuleContext } from "./types";

interface Period {
  readonly kind: "application" | "contract";
  readonly id: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly startCell?: CellAddress;
  readonly endCell?: CellAddress;
}

/** ISO dates compare as text. */
function check(period: Period, programStart: IsoDate, programEnd: IsoDate): Finding[] {
  const found: Finding[] = [];
  const base = { [period.kind]: period.id, programStart, programEnd };
  const add = (
    variant: string,
    address: CellAddress | undefined,
    expected: IsoDate,
    actual: IsoDate,
  ): void => {
    found.push(
      finding("period-outside-program", "error", {
        address,
        variant: `${period.kind}.${variant}`,
        params: { ...base, date: actual },
        expected,
        actual,
      }),
    );
  };
  if (period.start !== undefined && period.start < programStart) {
    add("start", period.startCell, programStart, period.start);
  }
  if (period.end !== undefined && period.end > programEnd) {
    add("end", period.endCell, programEnd, period.end);
  }
  if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
    add("order", period.endCell, period.start, period.end);
  }
  return found;
}

/**
 * period-outside-program (error; money of the program is spent within its period and budget year).
 * For each application (Заявки Начало / Окончание, when filled) and contract (Договоры Начало /
 * Окончание): a start before the program's Начало points at the start cell, an end after the program's
 * Окончание at the end cell, an end before its own start at the end cell. Message keys
 * `rules.period-outside-program.<application|contract>.<start|end|order>`. The program's own start/end
 * and a day on the boundary do not fire.
 */
export function periodOutsideProgram({ input }: RuleContext): Finding[] {
  const { start, end } = input.program;
  const periods: Period[] = [
    ...input.applications.map((a) => ({
      kind: "application" as const,
      id: a.id,
      start: a.start,
      end: a.end,
      startCell: a.cells.start,
      endCell: a.cells.end,
    })),
    ...input.contracts.map((c) => ({
      kind: "contract" as const,
      id: c.number,
      start: c.start,
      end: c.end,
      startCell: c.cells.start,
      endCell: c.cells.end,
    })),
  ];
  const found = periods.flatMap((p) => check(p, start, end));
  if (end < start) {
    found.unshift(
      finding("period-outside-program", "error", {
        address: input.program.cells.end,
        variant: "program",
        params: { programStart: start, programEnd: end },
        expected: start,
        actual: end,
      }),
    );
  }
  return found;
}
