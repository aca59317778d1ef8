/**
 * The offline page (dist/web/index.html): a workbook chosen or dropped is read and computed in the
 * browser exactly as `gsz run` does, shown on screen, and its results offered as downloads. No network:
 * everything it needs is in the page's own files. A thin shell over src/app; no Node API.
 */
import { langFromTag, LANGS, translate, type Lang } from "../i18n";
import { DOWNLOADS, saveFile, type Download } from "./downloads";
import { checkWorkbook, type Checked } from "./session";
import { checkedView, h } from "./view";
import type { ConsolidationOutcome } from "../app";

interface PageState {
  lang: Lang;
  /** The workbook chosen last (kept to compute it again in another language). */
  chosen?: { readonly name: string; readonly bytes: Uint8Array };
  checked?: Checked;
  status: string;
  busy: boolean;
  /** The workbooks chosen for a Сводка (kept to consolidate them again in another language). */
  svodFiles?: readonly File[];
  /** The outcome with the module that made it and shows it (loaded on the first Сводка). */
  svod?: { readonly outcome: ConsolidationOutcome; readonly module: SvodModule };
  svodStatus: string;
}

/**
 * The Сводка's code (consolidation core, its sheets and its view) is a chunk of its own, loaded the
 * first time someone consolidates, so that the page's first script stays within its size budget.
 */
type SvodModule = typeof import("./consolidation");
const svodModule = (): Promise<SvodModule> => import(/* webpackChunkName: "svod" */ "./consolidation");

const doc = document;
const state: PageState = {
  lang: langFromTag(navigator.language),
  status: "",
  busy: false,
  svodStatus: "",
};
const t = (key: string, params?: Record<string, string | number>): string =>
  translate(state.lang, key, params);

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function download(d: Download): Promise<void> {
  const ctx = { lang: state.lang, computed: state.checked?.kind === "done" ? state.checked : undefined };
  const name = d.fileName(ctx);
  setStatus(t("web.making", { file: name }), true);
  try {
    saveFile(await d.make(ctx));
    setStatus(t("web.saved", { file: name }), false);
  } catch (error) {
    setStatus(t("web.failed", { reason: reason(error) }), false);
  }
}

function button(d: Download): HTMLElement {
  const el = h(doc, "button", { type: "button", "data-download": d.id }, t(d.label));
  if (state.busy) el.setAttribute("disabled", "");
  el.addEventListener("click", () => void download(d));
  return el;
}

async function compute(): Promise<void> {
  const chosen = state.chosen;
  if (!chosen) return;
  state.checked = undefined;
  setStatus(t("web.reading", { file: chosen.name }), true);
  try {
    state.checked = await checkWorkbook(chosen.bytes, chosen.name, state.lang, new Date());
    setStatus("", false);
  } catch (error) {
    setStatus(t("web.failed", { reason: reason(error) }), false);
  }
}

async function choose(file: File): Promise<void> {
  state.chosen = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  await compute();
}

async function consolidate(): Promise<void> {
  const files = state.svodFiles;
  if (!files || files.length === 0) return;
  state.svod = undefined;
  const progress = (done: number): void => {
    state.svodStatus = t("web.svod.reading", { done, total: files.length });
    render();
  };
  progress(0);
  try {
    const module = await svodModule();
    state.svod = { outcome: await module.consolidateFiles(files, state.lang, new Date(), progress), module };
    state.svodStatus = "";
  } catch (error) {
    state.svodStatus = t("web.failed", { reason: reason(error) });
  }
  render();
}

async function downloadSvod(): Promise<void> {
  if (!state.svod) return;
  try {
    saveFile(await state.svod.module.svodFile(state.svod.outcome, state.lang));
  } catch (error) {
    state.svodStatus = t("web.failed", { reason: reason(error) });
    render();
  }
}

/** "Сводка из файлов…": many workbooks chosen at once, consolidated, shown and offered as a workbook. */
function svodSection(): HTMLElement {
  const input = h(doc, "input", {
    type: "file",
    id: "svod-files",
    multiple: "",
    accept: ".xlsx,.xlsm,.xls,.ods",
  }) as HTMLInputElement;
  input.addEventListener("change", () => {
    state.svodFiles = [...(input.files ?? [])];
    void consolidate();
  });
  const section = h(
    doc,
    "section",
    { id: "svod" },
    h(doc, "h2", {}, t("web.svod.title")),
    h(doc, "p", { class: "intro" }, t("web.svod.intro")),
    h(doc, "label", { class: "drop" }, h(doc, "span", {}, t("web.svod.choose")), input),
    h(doc, "p", { id: "svod-status", role: "status" }, state.svodStatus),
  );
  if (state.svod) {
    const button = h(doc, "button", { type: "button", "data-download": "svod" }, t("web.svod.download"));
    button.addEventListener("click", () => void downloadSvod());
    section.append(state.svod.module.svodView(doc, state.svod.outcome, state.lang, button));
  }
  return section;
}

function setStatus(status: string, busy: boolean): void {
  state.status = status;
  state.busy = busy;
  render();
}

function languageSelect(): HTMLElement {
  const select = h(
    doc,
    "select",
    { id: "lang" },
    ...LANGS.map((l) => h(doc, "option", { value: l }, t(`ui.lang.${l}`))),
  );
  (select as HTMLSelectElement).value = state.lang;
  select.addEventListener("change", () => {
    state.lang = langFromTag((select as HTMLSelectElement).value);
    void compute().then(render);
    void consolidate();
  });
  return h(doc, "label", { class: "lang" }, `${t("web.language")} `, select);
}

function picker(): HTMLElement {
  const input = h(doc, "input", {
    type: "file",
    id: "file",
    accept: ".xlsx,.xlsm,.xls,.ods",
  }) as HTMLInputElement;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void choose(file);
  });
  return h(doc, "label", { id: "drop", class: "drop" }, h(doc, "span", {}, t("web.choose")), input);
}

function render(): void {
  doc.documentElement.lang = state.lang;
  doc.title = t("web.title");
  const main = h(
    doc,
    "main",
    {},
    h(doc, "header", {}, h(doc, "h1", {}, t("web.title")), languageSelect()),
    h(doc, "p", { class: "intro" }, t("web.intro")),
    picker(),
    h(doc, "p", { id: "status", role: "status" }, state.status),
  );
  if (state.checked) main.append(checkedView(doc, state.checked, state.lang, button));
  const templates = DOWNLOADS.filter((d) => d.group === "template");
  main.append(
    h(doc, "section", { id: "templates" }, h(doc, "h2", {}, t("web.templates")), ...templates.map(button)),
    svodSection(),
  );
  doc.body.replaceChildren(main);
}

// Drag and drop anywhere on the page.
doc.addEventListener("dragover", (event) => {
  event.preventDefault();
  doc.body.classList.add("dragging");
});
doc.addEventListener("dragleave", () => doc.body.classList.remove("dragging"));
doc.addEventListener("drop", (event) => {
  event.preventDefault();
  doc.body.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void choose(file);
});

render();
