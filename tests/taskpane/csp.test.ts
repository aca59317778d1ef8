import { readFileSync } from "node:fs";
import path from "node:path";

/** The Content-Security-Policy of a page, directive → sources. */
function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(path.join(__dirname, "../../src/taskpane", file), "utf8");
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy`);
  return new Map(
    match[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? "", sources]),
  );
}

describe("Content-Security-Policy of the task pane pages", () => {
  it.each(["taskpane.html", "help.html"])(
    "%s allows scripts and requests only from its own origin",
    (file) => {
      const policy = policyOf(file);
      // A directive not named falls back to default-src, as browsers apply it.
      const effective = (name: string): string[] | undefined => policy.get(name) ?? policy.get("default-src");
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(effective("script-src")).toEqual(["'self'"]);
      expect(effective("connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      for (const [, sources] of policy) {
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources.some((s) => /^(https?:|\*|data:.*script)/.test(s))).toBe(false);
      }
    },
  );

  it("loads office.js from its own origin, never from a CDN", () => {
    const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toContain("office.js");
    expect(scripts.every((src) => !/^(https?:)?\/\//.test(src ?? ""))).toBe(true);
  });
});
