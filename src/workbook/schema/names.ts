import type { InputSheetKind, SheetSpec } from "./types";

/**
 * The input sheets. Смета and Договоры are optional: a program may be checked before budgets are
 * broken down or contracts signed; an absent sheet means no budget lines / no contracts. Платежи and
 * Отчёты are optional too: the year after the contracts (absent: nothing paid, nothing reported).
 */
export const SHEETS: Readonly<Record<InputSheetKind, SheetSpec>> = {
  program: {
    kind: "program",
    name: { ru: "Программа", en: "Program", ky: "Программа", aliases: ["Programme"] },
    required: true,
  },
  applications: {
    kind: "applications",
    name: { ru: "Заявки", en: "Applications", ky: "Арыздар" },
    required: true,
  },
  budget: {
    kind: "budget",
    name: { ru: "Смета", en: "Budget", ky: "Смета" },
    required: false,
  },
  criteria: {
    kind: "criteria",
    name: { ru: "Критерии", en: "Criteria", ky: "Критерийлер" },
    required: true,
  },
  commission: {
    kind: "commission",
    name: { ru: "Комиссия", en: "Commission", ky: "Комиссия" },
    required: true,
  },
  scores: {
    kind: "scores",
    name: { ru: "Оценки", en: "Scores", ky: "Баалар" },
    required: true,
  },
  contracts: {
    kind: "contracts",
    name: { ru: "Договоры", en: "Contracts", ky: "Келишимдер" },
    required: false,
  },
  payments: {
    kind: "payments",
    name: { ru: "Платежи", en: "Payments", ky: "Төлөмдөр" },
    required: false,
  },
  reports: {
    kind: "reports",
    name: { ru: "Отчёты", en: "Reports", ky: "Отчеттор" },
    required: false,
  },
};
