/** The scoring findings, built in one place so that their params and cells stay consistent. */
import type Decimal from "decimal.js";
import type { Application, CellAddress, Criterion, Finding, ScoreRow } from "../model";

export function finding(base: Omit<Finding, "address">, address: CellAddress | undefined): Finding {
  return address ? { ...base, address } : base;
}

function addressBefore(a: CellAddress, b: CellAddress): boolean {
  return a.sheet < b.sheet || (a.sheet === b.sheet && (a.row < b.row || (a.row === b.row && a.col < b.col)));
}

export function scoreMissing(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  address: CellAddress | undefined,
): Finding {
  const params = { application: id, member: row.member, criterion: criterion.code };
  return finding(
    { rule: "score-missing", severity: "warning", message: "rules.score-missing", params },
    address,
  );
}

/** Members of Комиссия, not recused, with no row for the application: one finding at its № cell. */
export function membersWithoutRow(application: Application, members: readonly string[]): Finding {
  return finding(
    {
      rule: "score-missing",
      severity: "warning",
      message: "rules.score-missing.no-row",
      params: { application: application.id, members: members.join(", "), count: members.length },
      actual: String(members.length),
    },
    application.cells.id,
  );
}

export function quorumNotMet(application: Application, scorers: number, quorum: number): Finding {
  return finding(
    {
      rule: "quorum-not-met",
      severity: "error",
      message: "rules.quorum-not-met",
      params: { application: application.id, scorers, quorum: String(quorum) },
      expected: String(quorum),
      actual: String(scorers),
    },
    application.cells.id,
  );
}

export function recusedButScored(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  value: Decimal,
  listed: ReadonlySet<string>,
  address: CellAddress | undefined,
): Finding {
  return finding(
    {
      rule: "recused-but-scored",
      severity: "error",
      message: listed.has(row.member) ? "rules.recused-but-scored" : "rules.recused-but-scored.marked",
      params: { application: id, member: row.member, criterion: criterion.code, value: value.toString() },
      actual: value.toString(),
    },
    address,
  );
}

export function outOfRange(
  id: string,
  row: ScoreRow,
  criterion: Criterion,
  value: Decimal,
  address: CellAddress | undefined,
): Finding {
  const max = criterion.maxScore.toString();
  return finding(
    {
      rule: "score-out-of-range",
      severity: "error",
      message: "rules.score-out-of-range",
      params: {
        application: id,
        member: row.member,
        criterion: criterion.code,
        value: value.toString(),
        max,
      },
      expected: `0..${max}`,
      actual: value.toString(),
    },
    address,
  );
}

/** At the top-left counted score cell of the criterion, so the result does not depend on row order. */
export function divergence(
  id: string,
  criterion: Criterion,
  spread: Decimal,
  threshold: Decimal,
  cells: readonly (CellAddress | undefined)[],
  application: Application,
): Finding {
  let address: CellAddress | undefined;
  for (const cell of cells) if (cell && (!address || addressBefore(cell, address))) address = cell;
  return finding(
    {
      rule: "score-divergence",
      severity: "warning",
      message: "rules.score-divergence",
      params: {
        application: id,
        criterion: criterion.code,
        spread: spread.toString(),
        threshold: threshold.toString(),
      },
      expected: threshold.toString(),
      actual: spread.toString(),
    },
    address ?? application.cells.id,
  );
}
