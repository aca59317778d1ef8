import type { CellAddress } from "../model";
import { compareCodeUnits } from "../text";
import { nameKey, organizationKey, projectKey, sameOrganization } from "./organization";
import type { ConsolidationFinding, FilePlace, OwingOrganization, ProgramFigures } from "./types";

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
 * order), with the nearest earlier one alongside: one finding per program that repeats the project, so
 * an organization funded in many programs gives a chain of findings, never one for every pair.
 * `programs` in canonical order, distinct files.
 */
export function sameProjectFundedTwice(programs: readonly ProgramFigures[]): ConsolidationFinding[] {
  const { entries, byName, byTin } = fundedIndex(programs);
  const found: ConsolidationFinding[] = [];
  for (const a of entries) {
    const candidates = new Set([
      ...(byName.get(organizationKey(a.project.organization)) ?? []),
      ...(a.project.tin !== undefined ? (byTin.get(a.project.tin) ?? []) : []),
    ]);
    let nearest: (typeof entries)[number] | undefined;
    for (const b of candidates) {
      if (b.p >= a.p || (nearest && nearest.p >= b.p)) continue;
      if (!sameOrganization(a.project, b.project)) continue;
      if (projectKey(a.project.project) !== projectKey(b.project.project)) continue;
      if (overlaps(a.project, b.project)) nearest = b;
    }
    if (!nearest) continue;
    const b = nearest;
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
  return found;
}

/**
 * funded-with-grant-to-return (warning): an organization funded in a program of a later year while a
 * program of an earlier year shows it owing grant to return or with an overdue report. Named at the
 * funded application, with the latest earlier owing contract alongside (one finding per funded
 * application, however many earlier programs it owes in).
 */
export function fundedWithGrantToReturn(programs: readonly ProgramFigures[]): ConsolidationFinding[] {
  const owingByName = new Map<string, { program: ProgramFigures; owing: OwingOrganization }[]>();
  const owingByTin = new Map<string, { program: ProgramFigures; owing: OwingOrganization }[]>();
  for (const program of programs) {
    for (const owing of program.owing) {
      const entry = { program, owing };
      const name = organizationKey(owing.organization);
      owingByName.set(name, [...(owingByName.get(name) ?? []), entry]);
      if (owing.tin !== undefined) owingByTin.set(owing.tin, [...(owingByTin.get(owing.tin) ?? []), entry]);
    }
  }
  const found: ConsolidationFinding[] = [];
  for (const later of programs) {
    for (const project of later.fundedProjects) {
      const candidates = new Set([
        ...(owingByName.get(organizationKey(project.organization)) ?? []),
        ...(project.tin !== undefined ? (owingByTin.get(project.tin) ?? []) : []),
      ]);
      let latest: { program: ProgramFigures; owing: OwingOrganization } | undefined;
      for (const c of candidates) {
        if (c.program.year >= later.year || !sameOrganization(project, c.owing)) continue;
        if (!latest || compareFigures(latest.program, c.program) < 0) latest = c;
      }
      if (!latest) continue;
      const { program: earlier, owing } = latest;
      const money = owing.toReturn.greaterThan(0);
      found.push({
        rule: "funded-with-grant-to-return",
        severity: "warning",
        at: place(later.file, project.address),
        other: place(earlier.file, owing.address),
        message: money ? "rules.funded-with-grant-to-return" : "rules.funded-with-grant-to-return.report",
        params: {
          organization: project.organization,
          year: later.year,
          other: earlier.file,
          otherProgram: earlier.program,
          otherMunicipality: earlier.municipality,
          otherYear: earlier.year,
          ...(money ? { amount: owing.toReturn.toFixed(2) } : {}),
        },
      });
    }
  }
  return found;
}
