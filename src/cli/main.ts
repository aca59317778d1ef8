import { runCli } from "./cli";
import { createHash } from "node:crypto";
import { processIo } from "./io";
import { setPlatformSha256 } from "../workbook/sha256";

// Node's own SHA-256 for the fingerprint (the same digest as the pane's and page's, faster).
setPlatformSha256((bytes) => createHash("sha256").update(bytes).digest("hex"));

// The exit status is set, not forced, so that buffered output is flushed before node exits.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
