import { compareCodeUnits } from "../text";
import { nameKey } from "./organization";
import { compareFigures, fundedWithGrantToReturn, sameProgramTwice, sameProjectFundedTwice } from "./rules";
import { summed } from "./totals";
import type {
  ConsolidatedRow,
  Consolidation,
  ConsolidationFinding,
  Exclusion,
  ProgramFigures,
  SummedFigures,
} from "./types";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function compareFindings(a: ConsolidationFinding, b: ConsolidationFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareCodeUnits(a.rule, b.rule) ||
    compareCodeUnits(a.at.file, b.at.file) ||
    (a.at.address?.row ?? 0) - (b.at.address?.row ?? 0) ||
    compareCodeUnits(a.other.file, b.other.file) ||
    (a.other.address?.row ?? 0) - (b.other.address?.row ?? 0)
  );
}

/** Groups in first-seen order of an already sorted list; the label is the smallest spelling seen. */
function groups<K>(
  rows: readonly ProgramFigures[],
  key: (p: ProgramFigures) => K,
): { key: K; members: ProgramFigures[] }[] {
  const map = new Map<K, ProgramFigures[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return [...map].map(([k, members]) => ({ key: k, members }));
}

/**
 * The Сводка of many programs (WORKBOOK.md "Сводка"), pure and decimal:
 * - a source whose fingerprint was already seen is the same file: duplicate-source, counted once (the
 *   one kept is the first by file name, so the input order does not matter);
 * - two different files with the same municipality, year and program: same-program-twice, an error, and
 *   neither is counted (which one is right cannot be known; nothing is counted twice);
 * - the rows of the programs counted, by year, municipality and program; subtotals per year and per
 *   municipality and the grand total, each with shares of its summed money summing to 100.00 %;
 * - same-project-funded-twice and funded-with-grant-to-return between the programs counted.
 * `programs` is in input order; the result depends on it only through `excluded`'s indices.
 */
export function consolidate(programs: readonly ProgramFigures[]): Consolidation {
  const findings: ConsolidationFinding[] = [];
  const excluded = new Map<number, Exclusion>();
  const indexed = programs.map((figures, index) => ({ figures, index }));
  const canonical = [...indexed].sort((a, b) => compareFigures(a.figures, b.figures) || a.index - b.index);

  // duplicate-source: the same bytes twice.
  const kept = new Map<string, (typeof indexed)[number]>();
  const distinct: (typeof indexed)[number][] = [];
  for (const entry of [...indexed].sort(
    (a, b) => compareCodeUnits(a.figures.file, b.figures.file) || a.index - b.index,
  )) {
    const first = kept.get(entry.figures.sha256);
    if (!first) {
      kept.set(entry.figures.sha256, entry);
      continue;
    }
    excluded.set(entry.index, { kind: "duplicate-source", other: first.figures.file });
    findings.push({
      rule: "duplicate-source",
      severity: "info",
      at: { file: entry.figures.file },
      other: { file: first.figures.file },
      message: "rules.duplicate-source",
      params: { file: entry.figures.file, other: first.figures.file, sha256: entry.figures.sha256 },
    });
  }
  for (const entry of canonical) if (!excluded.has(entry.index)) distinct.push(entry);

  // same-program-twice: every file of a program claimed twice is left out.
  const twice = sameProgramTwice(distinct.map((e) => e.figures));
  findings.push(...twice);
  const clashing = new Map<string, string>();
  for (const f of twice) {
    clashing.set(f.at.file, f.other.file);
    if (!clashing.has(f.other.file)) clashing.set(f.other.file, f.at.file);
  }
  const counted: ProgramFigures[] = [];
  for (const entry of distinct) {
    const other = clashing.get(entry.figures.file);
    if (other !== undefined) excluded.set(entry.index, { kind: "same-program-twice", other });
    else counted.push(entry.figures);
  }

  findings.push(...sameProjectFundedTwice(counted), ...fundedWithGrantToReturn(counted));

  const rows: ConsolidatedRow[] = counted.map((figures) => ({ ...summed([figures]), figures }));
  const byYear = groups(counted, (p) => p.year).map(({ key, members }) => ({
    year: key,
    ...summed(members),
  }));
  const byMunicipality = groups(
    [...counted].sort((a, b) => compareCodeUnits(nameKey(a.municipality), nameKey(b.municipality))),
    (p) => nameKey(p.municipality),
  ).map(({ members }) => ({
    municipality: members.map((m) => m.municipality).sort(compareCodeUnits)[0] ?? "",
    ...summed(members),
  }));
  const total: SummedFigures = summed(counted);
  return { rows, byYear, byMunicipality, total, findings: findings.sort(compareFindings), excluded };
}
