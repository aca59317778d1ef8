/**
 * The offline page (dist/web/index.html): a workbook chosen or dropped is read and computed in the
 * browser exactly as `gsz run` does, shown on screen, and its results offered as downloads. No network:
 * everything it needs is in the page's own files. A thin shell over src/app; no Node API.
 */
import { langFromTag, LANGS, translate, type Lang } from "../i18n";
import { DOWNLOADS, saveFile, type Download } from "./downloads";
import { checkWorkbook, type Checked } from "./session";
import { checkedView, h } from "./view";

interface PageState {
  lang: Lang;
  /** The workbook chosen last (kept to compute it again in another language). */
  chosen?: { readonly name: string; readonly bytes: Uint8Array };
  checked?: Checked;
  status: string;
  busy: boolean;
}

const doc = document;
const state: PageState = { lang: langFromTag(navigator.language), status: "", busy: false };
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
