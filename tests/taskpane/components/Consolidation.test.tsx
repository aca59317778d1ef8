import { renderToStaticMarkup } from "react-dom/server";
import { FILE_OPENER } from "../../../src/adapters/files";
import { consolidateSources } from "../../../src/app";
import { ConsolidationTable } from "../../../src/taskpane/components/Consolidation";
import { translator } from "../../../src/taskpane/components/i18n";
import { pilotWorkbooks } from "../../support/pilots";

describe("the pane's Сводка table", () => {
  it("shows every program and the pilots' total with the shares of Table 1", async () => {
    const outcome = await consolidateSources(await pilotWorkbooks(), {
      lang: "ru",
      now: new Date("2026-12-06T00:00:00Z"),
      opener: FILE_OPENER,
    });
    const html = renderToStaticMarkup(
      <ConsolidationTable outcome={outcome} lang="ru" t={translator("ru")} />,
    );
    expect(html.match(/<tr>/g)?.length).toBe(1 + 11);
    expect(html).toContain("13\u00a0952\u00a0151,00");
    expect(html).toContain(
      "Грант 78,84 % · Местный бюджет 11,65 % · Сообщество 8,95 % · НКО 0,56 % · Другие 0,00 %",
    );
  });
});
