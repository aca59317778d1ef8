import { DEFAULT_APPLICATIONS, DEFAULT_DIRECTIONS, at, patch } from "../../support/build-input";
import { findingsOf } from "./helpers";

describe("request-over-cap", () => {
  it("points at the Грант cell of a request above the direction's Макс. на проект", () => {
    const found = findingsOf("request-over-cap", {
      applications: patch(DEFAULT_APPLICATIONS, 1, { grant: "125000.01" }),
    });
    expect(found).toEqual([
      {
        rule: "request-over-cap",
        severity: "error",
        address: at("Заявки", 3, 6),
        message: "rules.request-over-cap",
        params: { application: "A-02", direction: "1", grant: "125000.01", cap: "125000.00" },
        expected: "125000.00",
        actual: "125000.01",
      },
    ]);
  });

  it("is silent at exactly the cap", () => {
    expect(
      findingsOf("request-over-cap", { applications: patch(DEFAULT_APPLICATIONS, 1, { grant: "125000" }) }),
    ).toEqual([]);
  });

  it("warns when there is no cap but the request exceeds the whole allocation", () => {
    const directions = patch(DEFAULT_DIRECTIONS, 1, { maxPerProject: undefined });
    const over = findingsOf("request-over-cap", {
      directions,
      applications: patch(DEFAULT_APPLICATIONS, 2, { grant: "50000.01" }),
    });
    expect(over).toMatchObject([
      {
        severity: "warning",
        message: "rules.request-over-cap.allocation",
        address: at("Заявки", 4, 6),
        expected: "50000.00",
      },
    ]);
    expect(findingsOf("request-over-cap", { directions })).toEqual([]);
  });
});
