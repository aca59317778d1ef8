import type { CatalogSet } from "../types";

/**
 * Messages of the year after the contracts: the Платежи and Отчёты templates (`execution.`) and the
 * execution rules (`rules.<rule-id>`, see docs/RULES.md "Execution"). Amounts arrive as decimal strings
 * ("250000.00"), percents with 2 decimals, dates as ISO.
 */
export const execution: CatalogSet = {
  ru: {
    "execution.title.payments": "Платежи по договорам (заполняет бухгалтерия по мере оплаты)",
    "execution.title.reports": "Отчёты о расходовании средств (принятые мэрией)",
    "execution.validation.tranche": "Номер транша по графику договора: целое число от 1 до {max}",
  },
  en: {
    "execution.title.payments":
      "Payments on the contracts (filled by the accounting department as money is paid)",
    "execution.title.reports": "Spending reports (as accepted by the municipality)",
    "execution.validation.tranche":
      "The tranche number in the contract's schedule: a whole number from 1 to {max}",
  },
  ky: {
    "execution.title.payments": "Келишимдер боюнча төлөмдөр (бухгалтерия төлөнгөн сайын толтурат)",
    "execution.title.reports": "Каражаттын жумшалышы тууралуу отчеттор (мэрия кабыл алган)",
    "execution.validation.tranche":
      "Келишимдин графиги боюнча транштын номери: 1ден {max}га чейинки бүтүн сан",
  },
};
