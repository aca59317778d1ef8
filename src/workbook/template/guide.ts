import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../port";
import { SHEETS } from "../schema/names";
import type { InputSheetKind } from "../schema/types";

/** The steps of the work, in order: each input sheet, then Платежи/Отчёты, then the run. */
const STEPS: readonly (InputSheetKind | "execution" | "run")[] = [
  "program",
  "applications",
  "budget",
  "criteria",
  "commission",
  "scores",
  "contracts",
  "execution",
  "run",
];

/** The name of the "Как заполнять" sheet in a language. */
export function guideSheetName(lang: Lang): string {
  return translate(lang, "guide.sheet");
}

/** The header row of the steps (1-based). */
export const GUIDE_HEADER_ROW = 4;

/**
 * The first sheet of the templates, "Как заполнять": what each sheet is for, in the order of work
 * (Программа → Заявки → Смета → Критерии → Комиссия → Оценки → Договоры → Платежи/Отчёты → run).
 * A document, not an input: the reader never looks at it.
 */
export function guideSheet(lang: Lang): SheetLayout {
  const t = (key: string): string => translate(lang, key);
  const steps = STEPS.map((step, i): WriteValue[] => [
    i + 1,
    step === "execution" || step === "run" ? t(`guide.sheet.${step}`) : SHEETS[step].name[lang],
    t(`guide.step.${step}`),
  ]);
  const what = 90;
  return {
    name: guideSheetName(lang),
    rows: [
      [t("guide.title")],
      [t("guide.intro")],
      [],
      [t("guide.col.step"), t("guide.col.sheet"), t("guide.col.what")],
      ...steps,
    ],
    columns: [
      { width: 7, format: "integer" },
      { width: 22, format: "text" },
      { width: what, format: "text", wrap: true },
    ],
    tables: [],
    titleRows: [1, GUIDE_HEADER_ROW],
    pageSetup: {
      orientation: "portrait",
      repeatRows: { first: GUIDE_HEADER_ROW, last: GUIDE_HEADER_ROW },
      header: t("guide.title"),
      footer: t("print.footer"),
    },
  };
}
