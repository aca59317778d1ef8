import { paymentsCsv, tranchesCsv } from "../app";
import { translate, type Lang } from "../i18n";
import { fileStem, type Checked } from "./session";

/** A file the page gives the user: its name, bytes and type. */
export interface MadeFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** What a download is made from: the language, and the workbook computed (when there is one). */
export interface DownloadContext {
  readonly lang: Lang;
  readonly computed?: Extract<Checked, { kind: "done" }>;
}

/**
 * One button of the page. `results` downloads are offered only when a workbook was computed without
 * problems; `template` downloads always.
 */
export interface Download {
  /** Stable id (the button's data-download, for tests). */
  readonly id: string;
  readonly group: "results" | "template";
  /** The button's message key. */
  readonly label: string;
  /** The file's name in the user's language. */
  readonly fileName: (ctx: DownloadContext) => string;
  readonly make: (ctx: DownloadContext) => Promise<MadeFile>;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv;charset=utf-8";

function computed(ctx: DownloadContext): NonNullable<DownloadContext["computed"]> {
  if (!ctx.computed) throw new Error("no workbook computed");
  return ctx.computed;
}

const named =
  (key: string) =>
  (ctx: DownloadContext): string =>
    translate(ctx.lang, key, { name: ctx.computed ? fileStem(ctx.computed.file) : "" });

/** The writers (ExcelJS) are loaded on the first workbook download, not with the page. */
const writer = (): Promise<typeof import("./writer")> => import(/* webpackChunkName: "writer" */ "./writer");

/** Every download of the page, in the order of the buttons. A new output is one more entry here. */
export const DOWNLOADS: readonly Download[] = [
  {
    id: "results",
    group: "results",
    label: "web.download.results",
    fileName: named("web.file.results"),
    make: async (ctx) => ({
      name: named("web.file.results")(ctx),
      bytes: await (await writer()).resultsBytes(computed(ctx).outcome.book),
      type: XLSX,
    }),
  },
  {
    id: "tranches",
    group: "results",
    label: "web.download.tranches",
    fileName: named("web.file.tranches"),
    // The same text as `gsz tranches --csv`, in UTF-8 (the BOM is its first character).
    make: (ctx) =>
      Promise.resolve({
        name: named("web.file.tranches")(ctx),
        bytes: new TextEncoder().encode(tranchesCsv(computed(ctx).outcome.result, ctx.lang)),
        type: CSV,
      }),
  },
  {
    id: "payments",
    group: "results",
    label: "web.download.payments",
    fileName: named("web.file.payments"),
    // The same text as `gsz payments --csv`: every unpaid tranche by date, with month totals.
    make: (ctx) =>
      Promise.resolve({
        name: named("web.file.payments")(ctx),
        bytes: new TextEncoder().encode(paymentsCsv(computed(ctx).outcome.result, ctx.lang)),
        type: CSV,
      }),
  },
  {
    id: "forms",
    group: "results",
    label: "web.download.forms",
    fileName: named("web.file.forms"),
    // One scoring form per commission member, as sheets of one workbook (a page cannot write a folder).
    make: async (ctx) => ({
      name: named("web.file.forms")(ctx),
      bytes: await (await writer()).formsBytes(computed(ctx).outcome.input, ctx.lang),
      type: XLSX,
    }),
  },
  {
    id: "template",
    group: "template",
    label: "web.download.template",
    fileName: named("web.file.template"),
    make: async (ctx) => ({
      name: named("web.file.template")(ctx),
      bytes: await (await writer()).templateBytes(ctx.lang, false),
      type: XLSX,
    }),
  },
  {
    id: "example",
    group: "template",
    label: "web.download.example",
    fileName: named("web.file.example"),
    make: async (ctx) => ({
      name: named("web.file.example")(ctx),
      bytes: await (await writer()).templateBytes(ctx.lang, true),
      type: XLSX,
    }),
  },
];

/** Saves a file made by the page through the browser's downloads (a blob: link; nothing leaves the page). */
export function saveFile(file: MadeFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.name;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
