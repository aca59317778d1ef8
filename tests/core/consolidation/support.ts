import Decimal from "decimal.js";
import type { FundedProject, OwingOrganization, ProgramFigures } from "../../../src/core/consolidation";
import type { Sources } from "../../../src/core/model";

export function money(value: string | number): Decimal {
  return new Decimal(value);
}

export function sources(grant: string | number, local = 0, community = 0, ngo = 0, other = 0): Sources {
  return {
    grant: money(grant),
    localBudget: money(local),
    community: money(community),
    ngo: money(ngo),
    other: money(other),
  };
}

export function project(spec: Partial<FundedProject> & { organization: string }): FundedProject {
  return {
    project: "Дневной центр",
    start: "2019-03-01",
    end: "2019-12-31",
    address: { sheet: "Заявки", row: 4, col: 2 },
    ...spec,
  };
}

export function owing(spec: Partial<OwingOrganization> & { organization: string }): OwingOrganization {
  return {
    toReturn: money(0),
    reportOverdue: false,
    address: { sheet: "Договоры", row: 3, col: 1 },
    ...spec,
  };
}

/** A program's figures; the fingerprint defaults to one made from the file name (distinct files). */
export function figures(spec: Partial<ProgramFigures> & { file: string }): ProgramFigures {
  return {
    sha256: spec.file.padEnd(64, "0"),
    municipality: "г. Кара-Балта",
    program: "ГСЗ",
    year: 2019,
    start: "2019-01-01",
    end: "2019-12-31",
    budget: money(400000),
    submitted: 3,
    funded: 1,
    sources: sources(100000, 20000, 5000, 10000),
    paid: money(0),
    spent: money(0),
    toReturn: money(0),
    errors: 0,
    address: { sheet: "Программа", row: 4, col: 1 },
    fundedProjects: [],
    owing: [],
    ...spec,
  };
}
