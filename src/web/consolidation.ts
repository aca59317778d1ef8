/**
 * The page's Сводка: many workbooks chosen at once are read one at a time (each file's bytes only when
 * it is its turn), consolidated by the same use case as `gsz consolidate`, shown, and offered as the
 * Сводка workbook. A thin shell over src/app; no Node API.
 */
import { FILE_OPENER } from "../adapters/files";
import { consolidateSources, type ConsolidationOutcome, type ConsolidationSource } from "../app";
import { translate, type Lang } from "../i18n";
import type { MadeFile } from "./downloads";
import { h, sheetTable } from "./view";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The chosen files as sources, each read only when the consolidation asks for it. */
async function* sources(files: readonly File[]): AsyncGenerator<ConsolidationSource> {
  for (const file of files) yield { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Consolidates the chosen files; `progress` after each one. */
export function consolidateFiles(
  files: readonly File[],
  lang: Lang,
  now: Date,
  progress: (done: number) => void,
): Promise<ConsolidationOutcome> {
  return consolidateSources(sources(files), {
    lang,
    now,
    opener: FILE_OPENER,
    afterSource: (done) => progress(done),
  });
}

/** The Сводка workbook, the same package as `gsz consolidate -o` (the writer is loaded only now). */
export async function svodFile(outcome: ConsolidationOutcome, lang: Lang): Promise<MadeFile> {
  const writer = await import(/* webpackChunkName: "writer" */ "./writer");
  return {
    name: translate(lang, "web.svod.file"),
    bytes: await writer.resultsBytes(outcome.book),
    type: XLSX,
  };
}

/** What the consolidation gives on screen: the files left out with why, then Сводка and Источники. */
export function svodView(
  doc: Document,
  outcome: ConsolidationOutcome,
  lang: Lang,
  downloadButton: HTMLElement,
): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>): string => translate(lang, key, params);
  const left = [...outcome.unusable, ...outcome.clashing];
  const view = h(doc, "div", { id: "svod-result" });
  if (left.length > 0) {
    view.append(
      h(doc, "p", {}, t("web.svod.left-out", { count: left.length })),
      h(
        doc,
        "ul",
        { id: "svod-unusable" },
        ...left.map((u) => h(doc, "li", {}, `${u.file}: ${u.reasons.join("; ")}`)),
      ),
    );
  }
  view.append(downloadButton);
  for (const layout of outcome.layouts) view.append(sheetTable(doc, layout, lang));
  return view;
}
