import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { analyze } from "../../../src/core/analyze";
import { Summary } from "../../../src/taskpane/components/Summary";
import { translator } from "../../../src/taskpane/components/i18n";
import { buildInput, defaultScores } from "../../support/build-input";

describe("Summary (task pane)", () => {
  it("shows each ranking row's status with its reason; a row nobody scored as not scored", () => {
    // The default four applications, A-04 without any score row.
    const input = buildInput({ scores: defaultScores().filter((s) => s.application !== "A-04") });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <Summary result={analyze(input)} lang="en" t={translator("en")} />
      </FluentProvider>,
    );
    const reasons = [...html.matchAll(/data-testid="ranking-reason"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(reasons).toEqual([
      "funded: 100,000.00 som requested, 250,000.00 som were left in direction 1",
      "funded: 120,000.00 som requested, 150,000.00 som were left in direction 1",
      "funded: 50,000.00 som requested, 50,000.00 som were left in direction 2",
      "not scored: no score from the commission",
    ]);
    expect(html).toContain("not scored");
  });
});
