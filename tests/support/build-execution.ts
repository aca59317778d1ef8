/**
 * Builders of Платежи and Отчёты for tests, on top of build-input.ts. Both tables start at A1 with their
 * header row, so the n-th payment or report (0-based) sits at row `2 + n`. Платежи: A № договора,
 * B № транша, C Дата платежа, D Сумма, E № платёжного поручения. Отчёты: A № договора, B № транша,
 * C Статья, D Грант, E Местный бюджет, F Сообщество, G НКО, H Другие, I Дата приёма.
 */
import Decimal from "decimal.js";
import type {
  BudgetCategory,
  GszInput,
  IsoDate,
  Payment,
  PaymentField,
  SpendingReport,
  SpendingReportField,
  TrancheSchedule,
} from "../../src/core/model";
import { analyze } from "../../src/core/analyze";
import { at, FIRST_DATA_ROW, sources, type Amount, type SourceSpec } from "./build-input";

export const EXECUTION_SHEETS = { payments: "Платежи", reports: "Отчёты" } as const;

export const PAYMENT_COLS: Readonly<Record<PaymentField, number>> = {
  contract: 1,
  tranche: 2,
  date: 3,
  amount: 4,
  order: 5,
};

export const REPORT_COLS: Readonly<Record<SpendingReportField, number>> = {
  contract: 1,
  tranche: 2,
  category: 3,
  grant: 4,
  localBudget: 5,
  community: 6,
  ngo: 7,
  other: 8,
  accepted: 9,
};

export interface PaymentSpec {
  contract: string;
  tranche: number;
  date: IsoDate;
  amount: Amount;
  order?: string;
}

export interface ReportSpec extends SourceSpec {
  contract: string;
  tranche: number;
  category: BudgetCategory;
  /** Absent: not accepted. */
  accepted?: IsoDate;
}

export function buildPayment(spec: PaymentSpec, index: number): Payment {
  const row = FIRST_DATA_ROW + index;
  const cells: Partial<Record<PaymentField, ReturnType<typeof at>>> = {};
  for (const [field, col] of Object.entries(PAYMENT_COLS) as [PaymentField, number][]) {
    cells[field] = at(EXECUTION_SHEETS.payments, row, col);
  }
  return {
    contract: spec.contract,
    tranche: spec.tranche,
    date: spec.date,
    amount: new Decimal(spec.amount),
    order: spec.order ?? "",
    cells,
  };
}

export function buildReport(spec: ReportSpec, index: number): SpendingReport {
  const row = FIRST_DATA_ROW + index;
  const cells: Partial<Record<SpendingReportField, ReturnType<typeof at>>> = {};
  for (const [field, col] of Object.entries(REPORT_COLS) as [SpendingReportField, number][]) {
    cells[field] = at(EXECUTION_SHEETS.reports, row, col);
  }
  return {
    contract: spec.contract,
    tranche: spec.tranche,
    category: spec.category,
    sources: sources(spec),
    ...(spec.accepted ? { accepted: spec.accepted } : {}),
    cells,
  };
}

export interface ExecutionSpec {
  payments?: readonly PaymentSpec[];
  reports?: readonly ReportSpec[];
  asOf?: IsoDate;
  releaseThresholdPct?: Amount;
  reallocationPct?: Amount;
}

/** The input with Платежи, Отчёты and the execution parameters of Программа (rows 24–26) set. */
export function withExecution(input: GszInput, spec: ExecutionSpec): GszInput {
  const program = {
    ...input.program,
    ...(spec.asOf ? { asOf: spec.asOf } : {}),
    ...(spec.releaseThresholdPct !== undefined
      ? { releaseThresholdPct: new Decimal(spec.releaseThresholdPct) }
      : {}),
    ...(spec.reallocationPct !== undefined ? { reallocationPct: new Decimal(spec.reallocationPct) } : {}),
  };
  return {
    ...input,
    program,
    payments: (spec.payments ?? []).map(buildPayment),
    reports: (spec.reports ?? []).map(buildReport),
  };
}

/** The schedules the engine computes for an input (dates are the tranche module's business). */
export function schedulesOf(input: GszInput): readonly TrancheSchedule[] {
  return analyze(input).tranches;
}

/** A share of an amount in tyiyn, rounded down. */
function part(amount: Decimal, pct: number): Decimal {
  return amount.times(pct).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/**
 * A clean year for the default input (build-input.ts: lines staff 40 %, social fund 7 %, administrative
 * 5 %, equipment 48 % of the grant, one events line with every co-financing source): each tranche paid
 * in full, each reported spent in full on the lines in their proportions and accepted before the next is
 * paid; the co-financing delivered with the last report. Payments and reports in one pass a month apart.
 */
export function cleanYear(input: GszInput): { payments: PaymentSpec[]; reports: ReportSpec[] } {
  const payments: PaymentSpec[] = [];
  const reports: ReportSpec[] = [];
  for (const schedule of schedulesOf(input)) {
    const application = input.applications.find((a) => a.id === schedule.application);
    schedule.items.forEach((tranche, i) => {
      const month = String(3 + 2 * i).padStart(2, "0");
      payments.push({
        contract: schedule.contract,
        tranche: tranche.n,
        date: `2019-${month}-16`,
        amount: tranche.amount.toFixed(2),
      });
      const accepted = `2019-${String(4 + 2 * i).padStart(2, "0")}-20`;
      const staff = part(tranche.amount, 40);
      const social = part(tranche.amount, 7);
      const admin = part(tranche.amount, 5);
      const equipment = tranche.amount.minus(staff).minus(social).minus(admin);
      const base = { contract: schedule.contract, tranche: tranche.n, accepted };
      reports.push(
        { ...base, category: "staff", grant: staff.toFixed(2) },
        { ...base, category: "social-fund", grant: social.toFixed(2) },
        { ...base, category: "administrative", grant: admin.toFixed(2) },
        { ...base, category: "equipment", grant: equipment.toFixed(2) },
      );
      if (i === schedule.items.length - 1 && application) {
        const s = application.sources;
        reports.push({
          ...base,
          category: "events",
          localBudget: s.localBudget.toFixed(2),
          community: s.community.toFixed(2),
          ngo: s.ngo.toFixed(2),
          other: s.other.toFixed(2),
        });
      }
    });
  }
  return { payments, reports };
}
