import type { Consolidation, ConsolidationFinding, FilePlace, SummedFigures } from "../core/consolidation";
import type { Lang } from "../i18n";
import { cellRef } from "../workbook/a1";
import { consolidationFindingMessage, type SourceEntry } from "../workbook/render/consolidation";
import { figures, fixed2, type ReportFigures } from "./report";

/** Figures that add up, as the JSON gives them: the co-financing fields of cofinancing.program and the rest. */
export interface ReportSummed {
  readonly programs: number;
  readonly budget: string;
  readonly submitted: number;
  readonly funded: number;
  readonly cofinancing: ReportFigures;
  readonly execution: { readonly paid: string; readonly spent: string; readonly toReturn: string };
  readonly errors: number;
}

export interface ReportPlace {
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

export interface ConsolidationJson {
  readonly consolidation: {
    readonly sources: readonly (Partial<ReportSummed> & {
      readonly file: string;
      readonly sha256: string | null;
      readonly municipality: string | null;
      readonly program: string | null;
      readonly year: number | null;
      readonly included: boolean;
      readonly reason: string | null;
    })[];
    readonly byYear: readonly (ReportSummed & { readonly year: number })[];
    readonly byMunicipality: readonly (ReportSummed & { readonly municipality: string })[];
    /** The co-financing fields of cofinancing.program (CLI.md), then the other sums. */
    readonly total: ReportFigures & ReportSummed;
    readonly findings: readonly (ReportPlace & {
      readonly rule: string;
      readonly severity: string;
      readonly message: string;
      readonly other: ReportPlace;
    })[];
  };
}

function summedJson(s: SummedFigures): ReportSummed {
  return {
    programs: s.programs,
    budget: fixed2(s.budget),
    submitted: s.submitted,
    funded: s.funded,
    cofinancing: figures(s.cofinancing),
    execution: { paid: fixed2(s.paid), spent: fixed2(s.spent), toReturn: fixed2(s.toReturn) },
    errors: s.errors,
  };
}

function placeJson(p: FilePlace): ReportPlace {
  return {
    file: p.file,
    sheet: p.address?.sheet ?? null,
    cell: p.address ? cellRef(p.address.row, p.address.col) : null,
  };
}

function findingJson(f: ConsolidationFinding, lang: Lang) {
  return {
    rule: f.rule,
    severity: f.severity,
    ...placeJson(f.at),
    message: consolidationFindingMessage(f, lang),
    other: placeJson(f.other),
  };
}

/**
 * The JSON report of `gsz consolidate --json` (CLI.md): every source in the order given (with its own
 * figures when it was read), the subtotals per year and per municipality, the total and the findings
 * between programs. Decimals as strings with 2 decimals.
 */
export function consolidationJson(
  c: Consolidation,
  entries: readonly SourceEntry[],
  lang: Lang,
): ConsolidationJson {
  const byFile = new Map(c.rows.map((r) => [`${r.figures.file}\u0000${r.figures.sha256}`, r]));
  return {
    consolidation: {
      sources: entries.map((e) => {
        const row = e.sha256 === undefined ? undefined : byFile.get(`${e.file}\u0000${e.sha256}`);
        return {
          file: e.file,
          sha256: e.sha256 ?? null,
          municipality: e.municipality ?? null,
          program: e.program ?? null,
          year: e.year ?? null,
          included: e.included,
          reason: e.reason ?? null,
          ...(row ? summedJson(row) : {}),
        };
      }),
      byYear: c.byYear.map((y) => ({ year: y.year, ...summedJson(y) })),
      byMunicipality: c.byMunicipality.map((m) => ({ municipality: m.municipality, ...summedJson(m) })),
      total: { ...figures(c.total.cofinancing), ...summedJson(c.total) },
      findings: c.findings.map((f) => findingJson(f, lang)),
    },
  };
}
