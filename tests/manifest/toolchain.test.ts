/**
 * The Office add-in toolchain is Microsoft's (docs/DEPLOY.md, "Which command when"): the scripts call
 * the office-addin-* tools that are installed, the bare server and the offline manifest check stay,
 * and the Agents Toolkit peer (keytar, a native build) is the empty stand-in of stubs/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides: Record<string, string>;
  config: Record<string, unknown>;
};

describe("the Office add-in toolchain", () => {
  it("npm start / stop / validate call the office-addin tools on manifest.xml; the bare server and the offline check stay", () => {
    expect(pkg.scripts.start).toMatch(/^office-addin-debugging start manifest\.xml\b/);
    expect(pkg.scripts.stop).toBe("office-addin-debugging stop manifest.xml");
    expect(pkg.scripts.validate).toBe("office-addin-manifest validate manifest.xml");
    expect(pkg.scripts["validate:offline"]).toBe("node scripts/validate-manifest.mjs");
    expect(pkg.scripts["dev-server"]).toBe("webpack serve --mode development");
    expect(pkg.scripts["dev-server:https"]).toBe("webpack serve --mode development --env https");
    expect(pkg.config).toEqual({
      app_to_debug: "excel",
      app_type_to_debug: "desktop",
      dev_server_port: 3000,
    });
  });

  it("the tools are installed, and the dev certificates API the https server uses is there", () => {
    for (const tool of ["office-addin-debugging", "office-addin-dev-certs", "office-addin-manifest"]) {
      expect(pkg.devDependencies[tool]).toBeDefined();
      expect(() => require.resolve(`${tool}/package.json`, { paths: [root] })).not.toThrow();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- what webpack.config.js requires
    const certs = require(require.resolve("office-addin-dev-certs", { paths: [root] })) as Record<
      string,
      unknown
    >;
    expect(typeof certs.getHttpsServerOptions).toBe("function");
  });

  it("the Agents Toolkit peer is the empty stand-in: no keytar is installed", () => {
    const stub = pkg.devDependencies["@microsoft/m365agentstoolkit-cli"] ?? "";
    expect(stub).toBe("file:./stubs/no-m365-agents-toolkit");
    const stubPkg = JSON.parse(
      readFileSync(path.join(root, stub.slice("file:".length), "package.json"), "utf8"),
    );
    expect(stubPkg.name).toBe("@microsoft/m365agentstoolkit-cli");
    expect(() => require.resolve("keytar", { paths: [root] })).toThrow();
  });
});
