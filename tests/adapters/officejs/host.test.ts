import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { userActionRun } from "../../../src/adapters/officejs/host";
import { FakeExcel } from "./fake-excel";

/** Lets every queued promise callback run (no timers involved). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("user actions while a cell is being edited", () => {
  function workbook(): FakeExcel {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", [["№ заявки"], ["A-1"]]);
    return excel;
  }

  it("wait for the edit to end (delayForCellEdit) and then run", async () => {
    const excel = workbook();
    const port = new OfficeJsWorkbook(userActionRun(excel.run), { supports: () => true });
    excel.cellEditing = true;
    let answer: readonly string[] | undefined;
    const pending = port.listSheets().then((names) => (answer = names));
    await settle();
    expect(answer).toBeUndefined();
    expect(excel.syncs).toBe(0);
    excel.endCellEdit();
    await pending;
    expect(answer).toEqual(["Заявки"]);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("run at once when no cell is being edited", async () => {
    const excel = workbook();
    const port = new OfficeJsWorkbook(userActionRun(excel.run), { supports: () => true });
    expect(await port.listSheets()).toEqual(["Заявки"]);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("fail, as Excel does, without the option (what the option prevents)", async () => {
    const excel = workbook();
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    excel.cellEditing = true;
    await expect(port.listSheets()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
