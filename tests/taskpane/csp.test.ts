import { readFileSync } from "node:fs";
import path from "node:path";
import template from "lodash/template";
import { OFFICE_CDN, officeJsSetup } from "../../scripts/office-js.cjs";

/**
 * The pages' HTML as webpack renders it (html-webpack-plugin renders the template with lodash, given the
 * parameters of scripts/office-js.cjs): the production build (office.js from Microsoft's CDN) and the local
 * build of the tests and offline development. tests/browser checks the real built files as well.
 */
function page(file: string, officeJs: "cdn" | "local"): string {
  const source = readFileSync(path.join(__dirname, "../../src/taskpane", file), "utf8");
  const setup = officeJsSetup(officeJs);
  return template(source)({ officeJsSrc: setup.src, scriptSrc: setup.scriptSrc });
}

/** The Content-Security-Policy of a page, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const match = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no Content-Security-Policy");
  return new Map(
    match[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? "", sources]),
  );
}

const scriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1] ?? "");

describe("Content-Security-Policy of the task pane pages", () => {
  it.each([
    ["taskpane.html", "local"],
    ["taskpane.html", "cdn"],
    ["help.html", "cdn"],
  ] as const)("%s (%s build) allows requests only from its own origin, no eval", (file, officeJs) => {
    const policy = policyOf(page(file, officeJs));
    // A directive not named falls back to default-src, as browsers apply it.
    const effective = (name: string): string[] | undefined => policy.get(name) ?? policy.get("default-src");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(effective("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      expect(sources).not.toContain("'unsafe-eval'");
      if (name !== "script-src") expect(sources.some((s) => /^(https?:|\*)/.test(s))).toBe(false);
      expect(sources.some((s) => /^\*|^data:.*script/.test(s))).toBe(false);
    }
  });

  it("production: office.js from Microsoft's CDN, the only script origin besides the page's own", () => {
    const html = page("taskpane.html", "cdn");
    expect(OFFICE_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scriptsOf(html)).toEqual([OFFICE_CDN]);
    expect(policyOf(html).get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });

  it("tests and offline development: office.js from the page's own origin, scripts only from it", () => {
    const html = page("taskpane.html", "local");
    expect(scriptsOf(html)).toEqual(["office.js"]);
    expect(policyOf(html).get("script-src")).toEqual(["'self'"]);
  });

  it("help.html loads no script at all", () => {
    expect(scriptsOf(page("help.html", "cdn"))).toEqual([]);
    expect(policyOf(page("help.html", "cdn")).get("script-src") ?? ["'self'"]).toEqual(["'self'"]);
  });

  it("refuses an unknown office.js setting", () => {
    expect(() => officeJsSetup("elsewhere" as "cdn")).toThrow(/officejs must be/);
  });
});
