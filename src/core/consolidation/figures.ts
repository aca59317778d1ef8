import type Decimal from "decimal.js";
import type { GszInput, GszResult } from "../model";
import { ZERO, sumMoney } from "../money";
import type { FundedProject, OwingOrganization, ProgramFigures } from "./types";

/** The file a program was read from: its name as the user knows it and the SHA-256 of its bytes. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string;
}

/**
 * One program reduced to the figures of the Сводка, from what the engine computed for it: the funded
 * applications' co-financing (Софинансирование, program), applications submitted and funded, money paid,
 * spent and to return (Исполнение), the error-level findings, and the funded projects and owing
 * organizations the rules between programs look at. Nothing of `input` or `result` is kept.
 */
export function programFigures(input: GszInput, result: GszResult, source: SourceFile): ProgramFigures {
  const { program } = input;
  const funded = new Set(result.ranking.filter((r) => r.status === "funded").map((r) => r.application));
  const fundedProjects: FundedProject[] = input.applications
    .filter((a) => funded.has(a.id))
    .map((a) => ({
      organization: a.organization,
      ...(a.tin !== undefined ? { tin: a.tin } : {}),
      project: a.project,
      start: a.start ?? program.start,
      end: a.end ?? program.end,
      ...(a.cells.organization ? { address: a.cells.organization } : {}),
    }));
  const contracts = result.execution?.contracts ?? [];
  const tinOf = new Map(input.applications.map((a) => [a.id, a.tin]));
  const overdue = new Set(
    result.findings.filter((f) => f.rule === "report-overdue").map((f) => String(f.params?.contract ?? "")),
  );
  const owing: OwingOrganization[] = [];
  for (const c of contracts) {
    const late = overdue.has(c.contract);
    if (!late && !c.toReturn.greaterThan(0)) continue;
    const tin = tinOf.get(c.application);
    owing.push({
      organization: c.organization,
      ...(tin !== undefined ? { tin } : {}),
      toReturn: c.toReturn.greaterThan(0) ? c.toReturn : ZERO,
      reportOverdue: late,
      ...(c.address ? { address: c.address } : {}),
    });
  }
  const sum = (pick: (c: (typeof contracts)[number]) => Decimal): Decimal => sumMoney(contracts.map(pick));
  return {
    file: source.file,
    sha256: source.sha256,
    municipality: program.municipality.trim(),
    program: program.name.trim(),
    year: program.year,
    start: program.start,
    end: program.end,
    budget: program.budget,
    submitted: input.applications.length,
    funded: funded.size,
    sources: result.cofinancing.program.sources,
    paid: sum((c) => c.paid),
    spent: sum((c) => c.spent),
    toReturn: sum((c) => c.toReturn),
    errors: result.findings.filter((f) => f.severity === "error").length,
    ...(program.cells.name ? { address: program.cells.name } : {}),
    fundedProjects,
    owing,
  };
}
