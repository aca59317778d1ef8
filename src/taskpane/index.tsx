import { createRoot } from "react-dom/client";
import { displayLanguage, prefersDark, whenOfficeReady } from "../adapters/officejs";
import { langFromTag } from "../i18n";
import { Root } from "./components/Root";
import { offThreadAnalyzer } from "./analysis/off-thread";
import { spawnAnalysisWorker } from "./analysis/spawn";
import { createOfficeHost } from "./host";

/** Renders the pane once office.js is ready: before that, no Office API may be called. */
async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root");
  const { inExcel } = await whenOfficeReady();
  createRoot(container).render(
    <Root
      host={inExcel ? createOfficeHost({ analyze: offThreadAnalyzer(spawnAnalysisWorker) }) : undefined}
      dark={prefersDark()}
      lang={langFromTag(displayLanguage() ?? navigator.language)}
    />,
  );
}

/** Set by webview-check.js (runs first) in Internet Explorer 11 / EdgeHTML: its message is shown instead. */
const oldWebview = (window as { gszOldWebview?: string }).gszOldWebview;

if (oldWebview === undefined) startPane();

function startPane(): void {
  main().catch((error: unknown) => {
    // Nothing rendered: show the failure in the page itself rather than leave it blank.
    const text = document.createElement("pre");
    text.textContent = String(error instanceof Error ? (error.stack ?? error.message) : error);
    document.body.appendChild(text);
    throw error;
  });
}
