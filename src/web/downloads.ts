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

type Computed = NonNullable<DownloadContext["computed"]>;

function computed(ctx: DownloadContext): Computed {
  if (!ctx.computed) throw new Error("no workbook computed");
  return ctx.computed;
}

const named =
  (key: string) =>
  (ctx: DownloadContext): string =>
    translate(ctx.lang, key, { name: ctx.computed ? fileStem(ctx.computed.file) : "" });

/** The writers (ExcelJS) are loaded on the first workbook download, not with the page. */
const writer = (): Promise<typeof import("./writer")> => import(/* webpackChunkName: "writer" */ "./writer");

/**
 * A download named `web.download.<id>` on its button and `web.file.<id>` as a file, whose bytes are
 * `bytes(ctx)` of the given type.
 */
function download(
  id: string,
  group: Download["group"],
  type: string,
  bytes: (ctx: DownloadContext) => Promise<Uint8Array>,
): Download {
  const fileName = named(`web.file.${id}`);
  return {
    id,
    group,
    label: `web.download.${id}`,
    fileName,
    make: async (ctx) => ({ name: fileName(ctx), bytes: await bytes(ctx), type }),
  };
}

/** A CSV of the computed results, in UTF-8 (the text's first character is the BOM). */
const csv = (text: (result: Computed["outcome"]["result"], lang: Lang) => string) => (ctx: DownloadContext) =>
  Promise.resolve(new TextEncoder().encode(text(computed(ctx).outcome.result, ctx.lang)));

/** Every download of the page, in the order of the buttons. A new output is one more entry here. */
export const DOWNLOADS: readonly Download[] = [
  download("results", "results", XLSX, async (ctx) =>
    (await writer()).resultsBytes(computed(ctx).outcome.book),
  ),
  // The same text as `gsz tranches --csv`.
  download("tranches", "results", CSV, csv(tranchesCsv)),
  // The same text as `gsz payments --csv`: every unpaid tranche by date, with month totals.
  download("payments", "results", CSV, csv(paymentsCsv)),
  // One scoring form per commission member, as sheets of one workbook (a page cannot write a folder).
  download("forms", "results", XLSX, async (ctx) =>
    (await writer()).formsBytes(computed(ctx).outcome.input, ctx.lang),
  ),
  download("template", "template", XLSX, async (ctx) => (await writer()).templateBytes(ctx.lang, false)),
  download("example", "template", XLSX, async (ctx) => (await writer()).templateBytes(ctx.lang, true)),
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
