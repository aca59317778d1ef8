// `npm run validate`: the offline manifest check (the same rules as tests/manifest). The official
// `office-addin-manifest validate` sends the manifest to an online service, which CI and this tool avoid.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { checkManifest } = require("./manifest-checks.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, process.argv[2] ?? "manifest.xml");
const errors = checkManifest(readFileSync(file, "utf8"), root);
if (errors.length) {
  for (const e of errors) console.error(`manifest: ${e}`);
  process.exit(1);
}
console.log(`manifest: ${file} passes the offline checks`);
