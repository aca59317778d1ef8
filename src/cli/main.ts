import { runCli } from "./cli";
import { processIo } from "./io";

// The exit status is set, not forced, so that buffered output is flushed before node exits.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
