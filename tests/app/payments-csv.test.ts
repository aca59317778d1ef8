import Decimal from "decimal.js";
import { paymentsCsv } from "../../src/app";
import { analyze } from "../../src/core/analyze";
import type { GszResult } from "../../src/core/model";
import { buildInput } from "../support/build-input";
import { BLOCKED, RETURNING, scheduleOf } from "../support/execution";

/** Д-1 (tranche 2 of 75 000 unpaid, overdue) and Д-2 (paid in full) over two schedules of the same contracts. */
function withExecution(): GszResult {
  const [first, second] = BLOCKED.tranches;
  if (!first || !second) throw new Error("Д-1 has two tranches");
  const result = analyze(buildInput());
  return {
    ...result,
    tranches: [scheduleOf(BLOCKED), scheduleOf(RETURNING)],
    execution: {
      present: true,
      paymentsPresent: true,
      contracts: [
        {
          ...BLOCKED,
          organization: "@ОО «Ак-Жол»; филиал",
          tranches: [first, { ...second, paid: new Decimal("25000.01"), unpaid: new Decimal("49999.99") }],
        },
        RETURNING,
      ],
    },
  };
}

describe("the payment calendar CSV", () => {
  it("lists the unpaid remainders with their status when execution is present (exact bytes)", () => {
    const r = withExecution();
    expect(paymentsCsv(r, "ru")).toBe(
      "\uFEFF" +
        "Месяц;Дата;№ договора;№ заявки;Организация;№ транша;К выплате;Статус\r\n" +
        `06.2019;03.06.2019;Д-1;A-01;"'@ОО «Ак-Жол»; филиал";2;49999,99;просрочен\r\n` +
        "06.2019;;;;Итого за 06.2019;;49999,99;\r\n" +
        ";;;;Итого к выплате;;49999,99;\r\n",
    );
  });

  it("is a header alone when nothing is left to pay", () => {
    const r = withExecution();
    const paid: GszResult = {
      ...r,
      execution: { present: true, paymentsPresent: true, contracts: [RETURNING] },
      tranches: r.tranches.slice(1),
    };
    expect(paymentsCsv(paid, "en")).toBe(
      "\uFEFFMonth;Date;Contract;Application;Organization;Tranche;To pay;Status\r\n",
    );
  });
});
