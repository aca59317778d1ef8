import { readChosenFiles } from "./form-files";
import {
  OfficeJsWorkbook,
  createWorkbookInExcel,
  displayLanguage,
  excelRun,
  exportToNewWorkbook,
  officeSupports,
  selectCell,
  type CreateWorkbook,
  type ExcelRun,
  type SupportsSet,
} from "../adapters/officejs";
import { checkStale, createTemplate, inspectTemplate, paymentsCsv, runWorkbook, tranchesCsv } from "../app";
import type { RunOutcome, StaleState, TemplateOptions } from "../app/types";
import type { CellAddress, GszResult } from "../core/model";
import type { Lang } from "../i18n";
import { downloadText } from "./download";
import { paymentsExportLayout, paymentsXlsxSheet } from "./export/payments";
import { tranchesExportLayout, tranchesXlsxSheet } from "./export/tranches";
import { xlsx } from "./export/xlsx";
import { toBase64 } from "./export/zip";
import type { Analyzer } from "./analysis/off-thread";
import type { Message, TemplatePreview } from "./state";
import { collectFormScores, createFormSheets } from "../app/forms-in-workbook";
import type { FormsHost } from "./components/ScoringForms";
import type { ConsolidationHost } from "./components/Consolidation";
import { consolidateSources, writeConsolidation, type ConsolidationSource } from "../app";

/**
 * Everything the pane can ask of its host. Components receive it as a prop and never call Office.js: the
 * real one (createOfficeHost) wires the Office.js adapter to the use cases of src/app; tests pass fakes.
 */
export interface PaneHost extends FormsHost, ConsolidationHost {
  /** Office's UI language tag, e.g. `ru-RU`; undefined when unknown. */
  readonly displayLanguage: string | undefined;
  /** What "Create template" would do; nothing is written. */
  planTemplate(opts: TemplateOptions): Promise<TemplatePreview>;
  /**
   * Writes the missing and empty input sheets; existing sheets holding data only when named in `replace`
   * (the user confirmed). Answers the names written.
   */
  createTemplate(opts: TemplateOptions, replace: readonly string[]): Promise<readonly string[]>;
  run(lang: Lang): Promise<RunOutcome>;
  selectCell(address: CellAddress): Promise<void>;
  checkStale(): Promise<StaleState>;
  /** Downloads the tranche schedule as CSV; answers the notice to show. */
  exportCsv(result: GszResult, lang: Lang): Promise<Message>;
  /** Opens the tranche schedule in a new workbook, or writes it to a sheet where Excel cannot. */
  exportWorkbook(result: GszResult, lang: Lang): Promise<Message>;
  /** Downloads the payment calendar as CSV; answers the notice to show. */
  exportPaymentsCsv(result: GszResult, lang: Lang): Promise<Message>;
  /** Opens the payment calendar in a new workbook, or writes it to a sheet where Excel cannot. */
  exportPaymentsWorkbook(result: GszResult, lang: Lang): Promise<Message>;
}

export interface OfficeHostDeps {
  readonly run: ExcelRun;
  readonly supports: SupportsSet;
  readonly createWorkbook: CreateWorkbook;
  readonly displayLanguage: string | undefined;
  readonly now: () => Date;
  readonly download: (fileName: string, text: string, mime: string) => void;
  /** The analysis of a run; default the engine on the pane's thread (index.tsx passes the worker one). */
  readonly analyze: Analyzer;
}

/** The host over Office.js; `deps` default to the real Office globals (call after Office.onReady). */
export function createOfficeHost(deps: Partial<OfficeHostDeps> = {}): PaneHost {
  const run = deps.run ?? excelRun;
  const supports = deps.supports ?? officeSupports;
  const createWorkbook = deps.createWorkbook ?? createWorkbookInExcel;
  const now = deps.now ?? (() => new Date());
  const download = deps.download ?? downloadText;
  // Runs and exports can never write input sheets; only the template's port may, after asking.
  const port = new OfficeJsWorkbook(run, { supports });
  const templatePort = new OfficeJsWorkbook(run, { supports, inputSheets: "write" });
  const probe = (names: readonly string[]) => templatePort.sheetsWithData(names);
  return {
    displayLanguage: deps.displayLanguage ?? displayLanguage(),
    async planTemplate(opts) {
      const plan = await inspectTemplate(templatePort, opts, probe);
      return { create: plan.create.map((l) => l.name), wouldReplace: plan.wouldReplace, keep: plan.keep };
    },
    createTemplate: (opts, replace) => createTemplate(templatePort, opts, { replace, probe }),
    run: (lang) =>
      runWorkbook(port, deps.analyze ? { lang, now: now(), analyze: deps.analyze } : { lang, now: now() }),
    selectCell: (address) => selectCell(run, address),
    checkStale: () => checkStale(port),
    createForms: (lang) => createFormSheets(port, lang),
    collectScores: (lang) => collectFormScores(port, lang),
    collectScoresFromFiles: async (lang, files) =>
      collectFormScores(port, lang, await readChosenFiles(files)),
    async consolidateFiles(lang, files, progress) {
      // The reader is loaded only now, as for scoring forms from files; each file is read in its turn.
      const { FILE_OPENER } = await import(/* webpackChunkName: "reading" */ "../adapters/files");
      async function* sources(): AsyncGenerator<ConsolidationSource> {
        for (const file of files) yield { name: file.name, bytes: await file.read() };
      }
      return consolidateSources(sources(), {
        lang,
        now: now(),
        opener: FILE_OPENER,
        afterSource: (done) => progress(done),
      });
    },
    writeConsolidation: (outcome) => writeConsolidation(port, outcome),
    async exportCsv(result, lang) {
      const file = `tranches-${now().toISOString().slice(0, 10)}.csv`;
      download(file, tranchesCsv(result, lang), "text/csv");
      return { key: "ui.export.csvDone", params: { file } };
    },
    async exportWorkbook(result, lang) {
      const base64 = toBase64(xlsx(tranchesXlsxSheet(result, lang)));
      if (await exportToNewWorkbook(base64, supports, createWorkbook))
        return { key: "ui.export.workbookDone" };
      const layout = tranchesExportLayout(result, lang);
      await port.writeSheets([layout]);
      return { key: "ui.export.sheetDone", params: { sheet: layout.name } };
    },
    async exportPaymentsCsv(result, lang) {
      const file = `payments-${now().toISOString().slice(0, 10)}.csv`;
      download(file, paymentsCsv(result, lang), "text/csv");
      return { key: "ui.export.csvDone", params: { file } };
    },
    async exportPaymentsWorkbook(result, lang) {
      const base64 = toBase64(xlsx(paymentsXlsxSheet(result, lang)));
      if (await exportToNewWorkbook(base64, supports, createWorkbook))
        return { key: "execution.pane.workbookDone" };
      const layout = paymentsExportLayout(result, lang);
      await port.writeSheets([layout]);
      return { key: "execution.pane.sheetDone", params: { sheet: layout.name } };
    },
  };
}
