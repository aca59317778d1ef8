import type { PageSetupLayout } from "../../src/workbook/port";
import { HEADER_FOOTER_LIMIT, footerSection, headerSection, printTitleRows } from "../../src/workbook/print";

const setup = (over: Partial<PageSetupLayout>): PageSetupLayout => ({
  orientation: "landscape",
  header: "Программа",
  footer: "стр. {page} из {pages}",
  ...over,
});

describe("page header and footer codes", () => {
  it("turns {page} and {pages} into Excel's &P and &N and keeps the words", () => {
    expect(footerSection(setup({}))).toBe("стр. &P из &N");
    expect(footerSection(setup({ footer: "page {page} of {pages}" }))).toBe("page &P of &N");
  });

  it("doubles a literal ampersand so that it is shown, not read as a code", () => {
    expect(headerSection(setup({ header: "Школа & сад" }))).toBe("Школа && сад");
    expect(footerSection(setup({ footer: "A&B {page}" }))).toBe("A&&B &P");
  });

  it("cuts a long program name to Excel's limit without leaving half an escaped ampersand", () => {
    const long = headerSection(setup({ header: "я".repeat(400) }));
    expect(long.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT - 2);
    expect(long.endsWith("…")).toBe(true);
    const amps = headerSection(setup({ header: "&".repeat(300) }));
    expect(amps.replace("…", "").length % 2).toBe(0);
  });

  it("names the repeated rows as Excel's print titles do", () => {
    expect(printTitleRows(setup({ repeatRows: { first: 4, last: 4 } }))).toBe("$4:$4");
    expect(printTitleRows(setup({}))).toBeUndefined();
  });
});
