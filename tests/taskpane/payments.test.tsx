import Decimal from "decimal.js";
import { renderToStaticMarkup } from "react-dom/server";
import { Payments } from "../../src/taskpane/components/Payments";
import { translator } from "../../src/taskpane/components/i18n";
import { paymentItems } from "../../src/taskpane/payments";
import { BLOCKED, EXECUTION, RELEASABLE, RETURNING } from "../support/execution";

describe("the pane's payments: what is due and what is blocked", () => {
  it("lists each contract's next tranche that is late, blocked or due, with the reasons in words", () => {
    expect(paymentItems(EXECUTION, "ru", new Decimal(80))).toEqual([
      {
        contract: "Д-1",
        tranche: 2,
        amount: "75\u00a0000,00",
        date: "03.06.2019",
        state: "blocked",
        why: "пока нельзя: нет принятых отчётов по выплаченным траншам; израсходовано меньше 80 % выплаченного",
        address: { sheet: "Договоры", row: 2, col: 1 },
      },
      {
        contract: "Д-3",
        tranche: 1,
        amount: "40\u00a0000,00",
        date: "01.04.2019",
        state: "due",
        why: "",
        address: { sheet: "Договоры", row: 4, col: 1 },
      },
    ]);
  });

  it("puts overdue first, leaves out tranches only waiting for their date, and the default threshold is 75 %", () => {
    const [, second] = RELEASABLE.tranches;
    if (!second) throw new Error("Д-3 has two tranches");
    const late = {
      ...RELEASABLE,
      contract: "Д-4",
      tranches: RELEASABLE.tranches.map((t) => ({ ...t, status: "overdue" as const })),
    };
    const waiting = {
      ...RELEASABLE,
      contract: "Д-5",
      nextTranche: {
        n: 2,
        date: second.date,
        amount: second.amount,
        releasable: false,
        blockedBy: ["date-not-come" as const],
      },
    };
    const items = paymentItems(
      { present: true, paymentsPresent: true, contracts: [BLOCKED, RETURNING, waiting, late] },
      "en",
    );
    expect(items.map((i) => [i.contract, i.state])).toEqual([
      ["Д-4", "overdue"],
      ["Д-1", "blocked"],
    ]);
    expect(items[1]?.why).toBe(
      "not yet: no accepted reports for the tranches paid; less than 75 % of the money paid is spent",
    );
    expect(paymentItems({ present: false, paymentsPresent: false, contracts: [BLOCKED] }, "ru")).toEqual([]);
    expect(paymentItems(undefined, "ru")).toEqual([]);
  });

  it("renders the table with a go-to button per contract and the calendar's export buttons", () => {
    const t = translator("ru");
    const html = renderToStaticMarkup(
      <Payments
        items={paymentItems(EXECUTION, "ru")}
        t={t}
        disabled={false}
        onGoTo={() => undefined}
        onExportCsv={() => undefined}
        onExportWorkbook={() => undefined}
      />,
    );
    expect(html.match(/data-testid="payment"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Перейти к договору Д-1"');
    expect(html).toContain("Задержан");
    expect(html).toContain("К оплате");
    expect(html).toContain("израсходовано меньше 75 % выплаченного");
    expect(html).toContain("Платёжный календарь (CSV)");
    expect(html).toContain("Платёжный календарь в новой книге");
    const none = renderToStaticMarkup(
      <Payments
        items={[]}
        t={translator("ky")}
        disabled
        onGoTo={() => undefined}
        onExportCsv={() => undefined}
        onExportWorkbook={() => undefined}
      />,
    );
    expect(none).toContain("Төлөй турган транш жок.");
  });
});
