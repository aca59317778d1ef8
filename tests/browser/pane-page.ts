import { build } from "esbuild";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ensureBuild } from "./build";
import { serve } from "./server";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * The shipped pane (local office.js build, dist-local/) with the test host in place of office.js, served on
 * 127.0.0.1 as `test.html` (the build's own files beside it); `extra` holds the test files.
 */
export async function servePane(): Promise<{
  dist: string;
  extra: string;
  server: Awaited<ReturnType<typeof serve>>;
}> {
  const dist = ensureBuild("local");
  const extra = mkdtempSync(join(tmpdir(), "gsz-host-"));
  await build({
    entryPoints: [join(__dirname, "fake-office.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    outfile: join(extra, "fake-office.js"),
    logLevel: "silent",
  });
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  if (!html.includes("<script src=office.js></script>"))
    throw new Error("taskpane.html no longer loads office.js");
  writeFileSync(
    join(extra, "test.html"),
    html.replace("<script src=office.js></script>", "<script src=fake-office.js></script>"),
  );
  return { dist, extra, server: await serve([extra, dist]) };
}

/** Debian's chromium, headless, offline, about the width of a task pane (`height` tall, 700 by default). */
export function launchChromium(
  profile: string,
  options: { readonly height?: number; readonly acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: { width: 420, height: options.height ?? 700 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
