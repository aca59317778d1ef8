import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../../src/adapters/officejs/host";

/**
 * The go-to-cell action against Microsoft's office-addin-mock: one request, the right sheet and cell.
 * (The adapter's batch tests use our own fake, which also models collections, shapes and size limits.)
 */
describe("selectCell (office-addin-mock)", () => {
  it("activates the sheet and selects exactly the finding's cell in one sync", async () => {
    const calls: string[] = [];
    const sheet = {
      activate: () => calls.push("activate"),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
        calls.push(`range ${row},${col},${rows},${cols}`);
        return { select: () => calls.push("select") };
      },
    };
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            calls.push(`sheet ${name}`);
            return sheet;
          },
        },
      },
    });
    const sync = jest.spyOn(context, "sync");
    await selectCell((batch) => batch(context as unknown as Excel.RequestContext), {
      sheet: "Заявки",
      row: 7,
      col: 6,
    });
    expect(calls).toEqual(["sheet Заявки", "activate", "range 6,5,1,1", "select"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
