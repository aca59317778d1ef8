import type Decimal from "decimal.js";
import type {
  CellAddress,
  CofinancingFigures,
  IsoDate,
  MessageParams,
  RuleId,
  Severity,
  Sources,
} from "../model";

/** One funded application as the Сводка needs it to recognise the organization in other programs. */
export interface FundedProject {
  readonly organization: string;
  /** ИНН, 14 digits, when the workbook has it. */
  readonly tin?: string;
  readonly project: string;
  /** The application's period, else the program's. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The application's row in Заявки (its Организация cell). */
  readonly address?: CellAddress;
}

/** An organization that, in one program, still owes grant money back or is late with a report. */
export interface OwingOrganization {
  readonly organization: string;
  readonly tin?: string;
  /** Grant to return (0 when only a report is overdue). */
  readonly toReturn: Decimal;
  readonly reportOverdue: boolean;
  /** The contract's row in Договоры. */
  readonly address?: CellAddress;
}

/**
 * One program reduced to the figures a Сводка needs (WORKBOOK.md "Сводка"): everything else of the
 * workbook (the engine's input and result) can be let go once this is made.
 */
export interface ProgramFigures {
  /** The file's name as the user knows it. */
  readonly file: string;
  /** SHA-256 (hex) of the file's bytes. */
  readonly sha256: string;
  readonly municipality: string;
  readonly program: string;
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Бюджет программы. */
  readonly budget: Decimal;
  readonly submitted: number;
  readonly funded: number;
  /** Co-financing of the funded applications, by source. */
  readonly sources: Sources;
  readonly paid: Decimal;
  readonly spent: Decimal;
  readonly toReturn: Decimal;
  /** Error-level findings of the program's own check. */
  readonly errors: number;
  /** The Программа cell that names the program. */
  readonly address?: CellAddress;
  readonly fundedProjects: readonly FundedProject[];
  readonly owing: readonly OwingOrganization[];
}

/** Figures that add up (money and counts) with the co-financing figures of their summed sources. */
export interface SummedFigures {
  readonly programs: number;
  readonly budget: Decimal;
  readonly submitted: number;
  readonly funded: number;
  /** Sources, total, shares of the summed money (never an average of shares), leverage. */
  readonly cofinancing: CofinancingFigures;
  readonly paid: Decimal;
  readonly spent: Decimal;
  readonly toReturn: Decimal;
  readonly errors: number;
}

/** A row of the Сводка: one program, its figures and its co-financing shares. */
export interface ConsolidatedRow extends SummedFigures {
  readonly figures: ProgramFigures;
}

/** A place in a file: the file and, when known, the sheet and cell. */
export interface FilePlace {
  readonly file: string;
  readonly address?: CellAddress;
}

/** A finding between programs: it names both files (WORKBOOK.md "Сводка"). */
export interface ConsolidationFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly at: FilePlace;
  readonly other: FilePlace;
  readonly message: string;
  readonly params: MessageParams;
}

/** Why a source that was read is not counted. */
export type Exclusion =
  | { readonly kind: "duplicate-source"; readonly other: string }
  | { readonly kind: "same-program-twice"; readonly other: string };

/** The whole Сводка: rows sorted by year, municipality and program; subtotals; the grand total. */
export interface Consolidation {
  readonly rows: readonly ConsolidatedRow[];
  readonly byYear: readonly (SummedFigures & { readonly year: number })[];
  readonly byMunicipality: readonly (SummedFigures & { readonly municipality: string })[];
  readonly total: SummedFigures;
  /** Sorted: errors first, then by rule and the files named. */
  readonly findings: readonly ConsolidationFinding[];
  /** Sources read but not counted, by their index in the input. */
  readonly excluded: ReadonlyMap<number, Exclusion>;
}
