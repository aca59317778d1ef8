import { analyze } from "../../../src/core/analyze";
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from "../../../src/core/dates";
import type { Finding, RuleId } from "../../../src/core/model";
import { translate } from "../../../src/i18n";
import { at, buildInput } from "../../support/build-input";
import {
  cleanYear,
  schedulesOf,
  withExecution,
  type ExecutionSpec,
  type PaymentSpec,
  type ReportSpec,
} from "../../support/build-execution";

const BASE = buildInput();
/** Д-01 (application A-01): 100 000 som in 50 000, 30 000, 20 000; Смета A-01 staff 40 000 (row 2). */
const T2_DATE = schedulesOf(BASE)[0]?.items[1]?.date ?? "";

function shift(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(date);
  return formatIsoDate(fromDayNumber(toDayNumber(parsed) + days));
}

function found(spec: ExecutionSpec, rule: RuleId): Finding[] {
  return analyze(withExecution(BASE, spec)).findings.filter((f) => f.rule === rule);
}

const pay = (tranche: number, amount: string, date = "2019-03-20"): PaymentSpec => ({
  contract: "Д-01",
  tranche,
  date,
  amount,
});
const report = (grant: string, extra: Partial<ReportSpec> = {}): ReportSpec => ({
  contract: "Д-01",
  tranche: 1,
  category: "staff",
  grant,
  accepted: "2019-06-01",
  ...extra,
});
const PAYMENTS = "Платежи";
const REPORTS = "Отчёты";
const CONTRACT_ROW = at("Договоры", 2, 2);

describe("execution rules", () => {
  it("a clean year of payments and reports raises none", () => {
    const findings = analyze(withExecution(BASE, { ...cleanYear(BASE), asOf: "2019-12-31" })).findings;
    expect(findings).toEqual([]);
  });

  it("a clean year raises none without На дату either", () => {
    expect(analyze(withExecution(BASE, cleanYear(BASE))).findings).toEqual([]);
  });

  it("every finding translates with all its parameters in ru, en and ky", () => {
    const findings = analyze(
      withExecution(BASE, {
        payments: [
          pay(1, "60000"),
          pay(4, "1"),
          { ...pay(1, "1"), contract: "Д-99" },
          pay(2, "50000", "2019-03-21"),
        ],
        reports: [report("70000"), report("1", { category: "rent" }), report("1", { contract: "Д-77" })],
        asOf: "2019-12-31",
      }),
    ).findings;
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(8);
    for (const f of findings) {
      for (const lang of ["ru", "en", "ky"] as const) {
        expect(translate(lang, f.message, f.params)).not.toMatch(/\{\w+\}|^rules\./);
      }
    }
  });

  describe("payment-unknown (error)", () => {
    it("a contract without a schedule, at its № договора; a tranche the schedule lacks, at its № транша", () => {
      const findings = found(
        { payments: [{ ...pay(1, "10"), contract: "Д-99" }, pay(4, "10")] },
        "payment-unknown",
      );
      expect(findings.map((f) => [f.severity, f.address, f.message])).toEqual([
        ["error", at(PAYMENTS, 2, 1), "rules.payment-unknown.contract"],
        ["error", at(PAYMENTS, 3, 2), "rules.payment-unknown.tranche"],
      ]);
      expect(findings[1]?.params).toEqual({ contract: "Д-01", tranche: 4, count: 3 });
      expect([findings[1]?.expected, findings[1]?.actual]).toEqual(["1..3", "4"]);
    });

    it("the last tranche of the schedule is known", () => {
      expect(found({ payments: [pay(3, "10")] }, "payment-unknown")).toEqual([]);
    });
  });

  describe("payment-over-tranche (warning) and payments-over-contract (error)", () => {
    it("at the payment with which the tranche went over", () => {
      const findings = found({ payments: [pay(1, "30000"), pay(1, "20000.01")] }, "payment-over-tranche");
      expect(findings.map((f) => [f.severity, f.address, f.expected, f.actual])).toEqual([
        ["warning", at(PAYMENTS, 3, 4), "50000.00", "50000.01"],
      ]);
    });

    it("exactly the tranche in two payments is not over", () => {
      expect(found({ payments: [pay(1, "30000"), pay(1, "20000")] }, "payment-over-tranche")).toEqual([]);
    });

    it("at the payment with which the contract went over; exactly the grant is not over", () => {
      const full = [pay(1, "50000"), pay(2, "30000"), pay(3, "20000")];
      expect(found({ payments: full }, "payments-over-contract")).toEqual([]);
      const findings = found({ payments: [...full, pay(3, "0.01")] }, "payments-over-contract");
      expect(findings.map((f) => [f.severity, f.address, f.expected, f.actual])).toEqual([
        ["error", at(PAYMENTS, 5, 4), "100000.00", "100000.01"],
      ]);
    });
  });

  describe("payment-before-release (warning)", () => {
    const paidT2 = (reports: ReportSpec[], payments = [pay(1, "50000"), pay(2, "30000", "2019-06-05")]) =>
      found({ payments, reports }, "payment-before-release");

    it("spent below the threshold on the day of payment, at the payment's date", () => {
      const findings = paidT2([report("37499.99")]);
      expect(findings.map((f) => [f.severity, f.address, f.message])).toEqual([
        ["warning", at(PAYMENTS, 3, 3), "rules.payment-before-release.spent-below-threshold"],
      ]);
      expect(findings[0]?.params).toEqual({
        contract: "Д-01",
        tranche: 2,
        date: "2019-06-05",
        threshold: "75.00",
      });
    });

    it("exactly the threshold releases", () => {
      expect(paidT2([report("37500")])).toEqual([]);
    });

    it("a report accepted after the payment, or a previous tranche not paid in full", () => {
      expect(paidT2([report("50000", { accepted: "2019-06-06" })]).map((f) => f.message)).toEqual([
        "rules.payment-before-release.reports-missing",
      ]);
      expect(
        paidT2([report("40000")], [pay(1, "49999.99"), pay(2, "30000", "2019-06-05")]).map((f) => f.message),
      ).toEqual(["rules.payment-before-release.previous-unpaid"]);
    });
  });

  describe("report-unknown-line (error)", () => {
    it("a Статья not in the application's Смета, at the Статья cell; unknown contract and tranche", () => {
      const findings = found(
        {
          reports: [
            report("100", { category: "rent" }),
            report("100", { contract: "Д-77" }),
            report("100", { tranche: 9 }),
          ],
        },
        "report-unknown-line",
      );
      expect(findings.map((f) => [f.severity, f.address, f.message])).toEqual([
        ["error", at(REPORTS, 2, 3), "rules.report-unknown-line"],
        ["error", at(REPORTS, 3, 1), "rules.report-unknown-line.contract"],
        ["error", at(REPORTS, 4, 2), "rules.report-unknown-line.tranche"],
      ]);
      expect(findings[2]).toMatchObject({
        params: { contract: "Д-01", tranche: 9, count: 3 },
        expected: "1..3",
        actual: "9",
      });
    });

    it("a line of Смета with co-financing only is known", () => {
      expect(
        found({ reports: [report("0", { category: "events", ngo: "500" })] }, "report-unknown-line"),
      ).toEqual([]);
    });
  });

  describe("spent-over-paid (error)", () => {
    it("at the report line with which the grant spent went over what was paid", () => {
      const findings = found(
        { payments: [pay(1, "50000")], reports: [report("30000"), report("20000.01")] },
        "spent-over-paid",
      );
      expect(findings.map((f) => [f.severity, f.address, f.expected, f.actual])).toEqual([
        ["error", at(REPORTS, 3, 4), "50000.00", "50000.01"],
      ]);
    });

    it("spending exactly what was paid is fine; a report not accepted does not count", () => {
      expect(found({ payments: [pay(1, "50000")], reports: [report("50000")] }, "spent-over-paid")).toEqual(
        [],
      );
      expect(
        found(
          { payments: [pay(1, "50000")], reports: [report("50000"), report("1", { accepted: undefined })] },
          "spent-over-paid",
        ),
      ).toEqual([]);
    });
  });

  describe("line-over-tolerance (warning)", () => {
    const paid = [pay(1, "50000"), pay(2, "30000", "2019-06-05")];

    it("spent over approved by more than 15 %, at the report line that took it over", () => {
      const findings = found(
        { payments: paid, reports: [report("40000"), report("6000.01")] },
        "line-over-tolerance",
      );
      expect(findings.map((f) => [f.severity, f.address, f.expected, f.actual])).toEqual([
        ["warning", at(REPORTS, 3, 4), "40000.00", "46000.01"],
      ]);
      expect(findings[0]?.params).toMatchObject({ deviation: "15.00", tolerance: "15.00" });
    });

    it("counts toward the crossing only this line's accepted reports", () => {
      const findings = found(
        {
          payments: paid,
          reports: [
            report("40000"),
            report("9000", { category: "equipment" }),
            report("9000", { accepted: "" }),
            report("6000.01"),
          ],
        },
        "line-over-tolerance",
      ).filter((f) => f.address?.sheet === REPORTS);
      expect(findings.map((f) => f.address)).toEqual([at(REPORTS, 5, 4)]);
    });

    it("exactly at the tolerance is not over, nor over a wider Перераспределение", () => {
      expect(
        found({ payments: paid, reports: [report("40000"), report("6000")] }, "line-over-tolerance"),
      ).toEqual([]);
      expect(
        found({ payments: paid, reports: [report("48000")], reallocationPct: "20" }, "line-over-tolerance"),
      ).toEqual([]);
    });

    it("once closed, spent under approved by more than the tolerance, at the line in Смета", () => {
      const spec = { payments: paid, asOf: "2019-12-31" };
      const staffLine = (f: Finding) => f.address?.sheet === "Смета" && f.address.row === 2;
      expect(found({ ...spec, reports: [report("34000")] }, "line-over-tolerance").filter(staffLine)).toEqual(
        [],
      );
      const under = found({ ...spec, reports: [report("33999.99")] }, "line-over-tolerance").filter(
        staffLine,
      );
      expect(under.map((f) => [f.address, f.message])).toEqual([
        [at("Смета", 2, 7), "rules.line-over-tolerance.under"],
      ]);
    });
  });

  describe("cofinancing-delivered-below-plan (warning)", () => {
    const year = cleanYear(BASE);
    const ngoTo = (ngo: string): ExecutionSpec => ({
      ...year,
      reports: year.reports.map((r) =>
        r.contract === "Д-01" && r.category === "events" ? { ...r, ngo } : r,
      ),
    });

    it("a closed contract's source delivered below the application's plan, at that source in Заявки", () => {
      const findings = found(ngoTo("9999.99"), "cofinancing-delivered-below-plan");
      expect(findings.map((f) => [f.severity, f.address, f.message, f.expected, f.actual])).toEqual([
        ["warning", at("Заявки", 2, 9), "rules.cofinancing-delivered-below-plan.ngo", "10000.00", "9999.99"],
      ]);
    });

    it("exactly the plan is fine; an open contract is not judged", () => {
      expect(found(ngoTo("10000"), "cofinancing-delivered-below-plan")).toEqual([]);
      expect(
        found(
          { payments: [pay(1, "50000")], reports: [report("40000")] },
          "cofinancing-delivered-below-plan",
        ),
      ).toEqual([]);
    });
  });

  describe("report-overdue (warning, with На дату)", () => {
    const spec = { payments: [pay(1, "50000")] };

    it("a paid tranche without an accepted report after the next tranche's date, at the contract", () => {
      const findings = found({ ...spec, asOf: shift(T2_DATE, 1) }, "report-overdue");
      expect(findings.map((f) => [f.severity, f.address, f.params])).toEqual([
        ["warning", CONTRACT_ROW, { contract: "Д-01", tranche: 1, due: T2_DATE, asOf: shift(T2_DATE, 1) }],
      ]);
    });

    it("the last tranche is due by the contract's end; a report on another tranche or accepted later does not count", () => {
      const end = BASE.contracts.find((c) => c.number === "Д-01")?.end ?? "";
      const all = {
        payments: [pay(1, "50000"), pay(2, "30000", "2019-06-05"), pay(3, "20000", "2019-09-05")],
        reports: [
          report("40000", { accepted: "2019-05-01" }),
          report("25000", { tranche: 2, accepted: "2019-08-01" }),
          report("100", { tranche: 2, accepted: "2019-09-01" }),
          report("15000", { tranche: 3, accepted: shift(end, 2) }),
        ],
      };
      const late = found({ ...all, asOf: shift(end, 1) }, "report-overdue");
      expect(late.map((f) => f.params)).toEqual([
        { contract: "Д-01", tranche: 3, due: end, asOf: shift(end, 1) },
      ]);
      expect(found({ ...all, asOf: shift(end, 2) }, "report-overdue")).toEqual([]);
    });

    it("due exactly on На дату is not overdue; without На дату nothing is", () => {
      expect(found({ ...spec, asOf: T2_DATE }, "report-overdue")).toEqual([]);
      expect(found(spec, "report-overdue")).toEqual([]);
      expect(found({ ...spec, reports: [report("100")], asOf: "2019-12-31" }, "report-overdue")).toEqual([]);
    });
  });

  describe("payment-overdue (warning, with На дату)", () => {
    const spec = { payments: [pay(1, "50000")], reports: [report("40000", { accepted: "2019-03-25" })] };

    const onD01 = (f: Finding) => f.params?.["contract"] === "Д-01";

    it("every contract's releasable unpaid tranche is overdue once its date passed", () => {
      expect(
        found({ ...spec, asOf: "2019-12-31" }, "payment-overdue").map((f) => f.params?.["contract"]),
      ).toEqual(["Д-01", "Д-02", "Д-03", "Д-04"]);
    });

    it("the next tranche releasable and its date passed, unpaid, at the contract", () => {
      const findings = found({ ...spec, asOf: shift(T2_DATE, 1) }, "payment-overdue").filter(onD01);
      expect(
        findings.map((f) => [f.severity, f.address, f.params?.["tranche"], f.params?.["amount"]]),
      ).toEqual([["warning", CONTRACT_ROW, 2, "30000.00"]]);
    });

    it("its date exactly on На дату, no На дату, or held back by a short report: not overdue", () => {
      expect(found({ ...spec, asOf: T2_DATE }, "payment-overdue").filter(onD01)).toEqual([]);
      expect(found(spec, "payment-overdue").filter(onD01)).toEqual([]);
      const short = { ...spec, reports: [report("37499.99", { accepted: "2019-03-25" })] };
      expect(found({ ...short, asOf: shift(T2_DATE, 1) }, "payment-overdue").filter(onD01)).toEqual([]);
    });
  });

  describe("grant-to-return (warning)", () => {
    it("a contract ended before На дату holding unspent grant, at the contract", () => {
      const findings = found(
        { payments: [pay(1, "50000")], reports: [report("49000")], asOf: "2019-12-31" },
        "grant-to-return",
      );
      expect(findings.map((f) => [f.severity, f.address, f.actual, f.params])).toEqual([
        [
          "warning",
          CONTRACT_ROW,
          "1000.00",
          { contract: "Д-01", amount: "1000.00", paid: "50000.00", spent: "49000.00" },
        ],
      ]);
    });

    it("nothing when all was spent, or while the contract runs", () => {
      expect(
        found(
          { payments: [pay(1, "50000")], reports: [report("50000")], asOf: "2019-12-31" },
          "grant-to-return",
        ),
      ).toEqual([]);
      expect(
        found(
          { payments: [pay(1, "50000")], reports: [report("49000")], asOf: "2019-11-30" },
          "grant-to-return",
        ),
      ).toEqual([]);
    });

    it("without На дату, once every tranche is paid and reported", () => {
      const year = cleanYear(BASE);
      const less = year.reports.map((r) =>
        r.contract === "Д-01" && r.tranche === 3 && r.category === "staff" ? { ...r, grant: "7000" } : r,
      );
      const findings = found({ payments: year.payments, reports: less }, "grant-to-return");
      expect(findings.map((f) => [f.address, f.actual])).toEqual([[CONTRACT_ROW, "1000.00"]]);
    });
  });
});
