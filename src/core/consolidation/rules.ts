import type { CellAddress } from "../model";
import { compareCodeUnits } from "../text";
import { nameKey, organizationKey, projectKey, sameOrganization } from "./organization";
import type { ConsolidationFinding, FilePlace, ProgramFigures } from "./types";

function place(file: string, address: CellAddress | undefined): FilePlace {
  return address ? { file, address } : { file };
}

/** The key of "the same program": municipality, year and program name, compared as names. */
export function programKey(p: ProgramFigures): string {
  return `${nameKey(p.municipality)}\u0000${p.year}\u0000${nameKey(p.program)}`;
}

/** Canonical order of programs: year, municipality, program, file, fingerprint (never the input order). */
export function compareFigures(a: ProgramFigures, b: ProgramFigures): number {
  return (
    a.year - b.year ||
    compareCodeUnits(a.municipality, b.municipality) ||
    compareCodeUnits(a.program, b.program) ||
    compareCodeUnits(a.file, b.file) ||
    compareCodeUnits(a.sha256, b.sha256)
  );
}

/**
 * same-program-twice (error): the same municipality, year and program from two different files. Both
 * are named; the caller leaves both out (which one is right cannot be known), so nothing is counted
 * twice. `programs` must be distinct files (duplicate-source removed), in canonical order.
 */
export function sameProgramTwice(programs: readonly ProgramFigures[]): ConsolidationFinding[] {
  const first = new Map<string, ProgramFigures>();
  const found: ConsolidationFinding[] = [];
  for (const p of programs) {
    const key = programKey(p);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, p);
      continue;
    }
    found.push({
      rule: "same-program-twice",
      severity: "error",
      at: place(p.file, p.address),
      other: place(seen.file, seen.address),
      message: "rules.same-program-twice",
      params: { municipality: p.municipality, year: p.year, program: p.program, other: seen.file },
    });
  }
  return found;
}

/** Two periods share at least one day (ISO dates compare as text). */
function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Funded projects of every program, bucketed by organization name key and by ИНН. */
function fundedIndex(programs: readonly ProgramFigures[]) {
  const entries = programs.flatMap((program, p) =>
    program.fundedProjects.map((project) => ({ program, p, project })),
  );
  const byName = new Map<string, typeof entries>();
  const byTin = new Map<string, typeof entries>();
  for (const entry of entries) {
    const name = organizationKey(entry.project.organization);
    byName.set(name, [...(byName.get(name) ?? []), entry]);
    const tin = entry.project.tin;
    if (tin !== undefined) byTin.set(tin, [...(byTin.get(tin) ?? []), entry]);
  }
  return { entries, byName, byTin };
}

/**
 * same-project-funded-twice (warning): the same organization funded for the same project (titles
 * compared as names) in two programs whose periods overlap. Named at the later program (canonical
 * order), the other file alongside. `programs` in canonical order, distinct files.
 */
export function sameProjectFundedTwice(programs: readonly ProgramFigures[]): ConsolidationFinding[] {
  const { entries, byName, byTin } = fundedIndex(programs);
  const found: ConsolidationFinding[] = [];
  for (const a of entries) {
    const candidates = new Set([
      ...(byName.get(organizationKey(a.project.organization)) ?? []),
      ...(a.project.tin !== undefined ? (byTin.get(a.project.tin) ?? []) : []),
    ]);
    for (const b of candidates) {
      if (b.p >= a.p) continue; // each pair once, named at the later program
      if (!sameOrganization(a.project, b.project)) continue;
      if (projectKey(a.project.project) !== projectKey(b.project.project)) continue;
      if (!overlaps(a.project, b.project)) continue;
      found.push({
        rule: "same-project-funded-twice",
        severity: "warning",
        at: place(a.program.file, a.project.address),
        other: place(b.program.file, b.project.address),
        message: "rules.same-project-funded-twice",
        params: {
          organization: a.project.organization,
          project: a.project.project,
          start: a.project.start,
          end: a.project.end,
          other: b.program.file,
          otherProgram: b.program.program,
          otherMunicipality: b.program.municipality,
          otherYear: b.program.year,
          otherStart: b.project.start,
          otherEnd: b.project.end,
        },
      });
    }
  }
  return found;
}

/**
 * funded-with-grant-to-return (warning): an organization funded in a program of a later year while a
 * program of an earlier year shows it owing grant to return or with an overdue report. Named at the
 * funded application, the owing contract alongside.
 */
export function fundedWithGrantToReturn(programs: readonly ProgramFigures[]): ConsolidationFinding[] {
  const { byName, byTin } = fundedIndex(programs);
  const found: ConsolidationFinding[] = [];
  for (const earlier of programs) {
    for (const owing of earlier.owing) {
      const candidates = new Set([
        ...(byName.get(organizationKey(owing.organization)) ?? []),
        ...(owing.tin !== undefined ? (byTin.get(owing.tin) ?? []) : []),
      ]);
      for (const later of candidates) {
        if (later.program.year <= earlier.year) continue;
        if (!sameOrganization(later.project, owing)) continue;
        const money = owing.toReturn.greaterThan(0);
        found.push({
          rule: "funded-with-grant-to-return",
          severity: "warning",
          at: place(later.program.file, later.project.address),
          other: place(earlier.file, owing.address),
          message: money ? "rules.funded-with-grant-to-return" : "rules.funded-with-grant-to-return.report",
          params: {
            organization: later.project.organization,
            year: later.program.year,
            other: earlier.file,
            otherProgram: earlier.program,
            otherMunicipality: earlier.municipality,
            otherYear: earlier.year,
            ...(money ? { amount: owing.toReturn.toFixed(2) } : {}),
          },
        });
      }
    }
  }
  return found;
}
