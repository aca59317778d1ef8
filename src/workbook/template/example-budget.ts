import Decimal from "decimal.js";
import type { BudgetCategory, SourceKey } from "../../core/model";
import type { ExampleApplication, Text3 } from "./example-data";

/** One line of the example's Смета, paid from one source (so sources match the application exactly). */
export interface ExampleLine {
  readonly application: number;
  readonly category: BudgetCategory;
  readonly description: Text3;
  readonly quantity: Decimal;
  readonly price: Decimal;
  readonly months: Decimal;
  readonly source: SourceKey;
  /** quantity × price × months, exactly. */
  readonly total: Decimal;
}

/** Kyrgyz Social Fund contributions on wages: 17.25 %. */
const SOCIAL_FUND_RATE = new Decimal("0.1725");
/** Staff and social fund together take about 35 % of the grant: inside a 40 % cap. */
const STAFF_SHARE = new Decimal("0.35");
/** Administration about 8 % of the grant: inside a 10 % cap. */
const ADMIN_SHARE = new Decimal("0.08");
const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);

function line(
  application: number,
  category: BudgetCategory,
  description: Text3,
  source: SourceKey,
  price: Decimal,
  months: Decimal,
  quantity: Decimal = ONE,
): ExampleLine {
  return {
    application,
    category,
    description,
    quantity,
    price,
    months,
    source,
    total: quantity.times(price).times(months),
  };
}

/** Whole hundreds of som at or below `amount`. */
function hundredsBelow(amount: Decimal): Decimal {
  return amount.dividedBy(HUNDRED).floor().times(HUNDRED);
}

/**
 * The budget lines of one example application: a coordinator's pay and its social fund, office
 * administration, the rest of the grant on supplies, and one line per co-financing source.
 */
export function exampleLines(app: ExampleApplication): ExampleLine[] {
  const grant = new Decimal(app.grant);
  const months = new Decimal(app.months);
  const wage = hundredsBelow(grant.times(STAFF_SHARE).dividedBy(SOCIAL_FUND_RATE.plus(1)).dividedBy(months));
  const socialFund = wage.times(SOCIAL_FUND_RATE);
  const admin = hundredsBelow(grant.times(ADMIN_SHARE).dividedBy(months));
  const lines: ExampleLine[] = [
    line(
      app.id,
      "staff",
      { ru: "Координатор проекта", en: "Project coordinator", ky: "Долбоордун координатору" },
      "grant",
      wage,
      months,
    ),
    line(
      app.id,
      "social-fund",
      { ru: "Отчисления в Соцфонд 17,25 %", en: "Social fund 17.25 %", ky: "Соцфондго 17,25 %" },
      "grant",
      socialFund,
      months,
    ),
    line(
      app.id,
      "administrative",
      { ru: "Бухгалтерское обслуживание", en: "Bookkeeping", ky: "Бухгалтердик тейлөө" },
      "grant",
      admin,
      months,
    ),
  ];
  const used = lines.reduce((sum, l) => sum.plus(l.total), new Decimal(0));
  lines.push(
    line(
      app.id,
      "supplies",
      { ru: "Материалы и расходные средства", en: "Materials and consumables", ky: "Материалдар" },
      "grant",
      grant.minus(used),
      ONE,
    ),
  );
  const cofinancing: readonly [SourceKey, number, BudgetCategory, Text3][] = [
    [
      "localBudget",
      app.localBudget,
      "rent",
      { ru: "Помещение от мэрии", en: "Premises from the mayor's office", ky: "Мэриядан жай" },
    ],
    [
      "community",
      app.community,
      "events",
      {
        ru: "Труд волонтёров сообщества",
        en: "Community volunteers' work",
        ky: "Жамааттын волонтёрлорунун эмгеги",
      },
    ],
    [
      "ngo",
      app.ngo,
      "equipment",
      { ru: "Оборудование НКО", en: "NGO's own equipment", ky: "КЭУнун жабдуулары" },
    ],
    [
      "other",
      app.other,
      "travel",
      { ru: "Транспорт (другие доноры)", en: "Transport (other donors)", ky: "Транспорт (башка донорлор)" },
    ],
  ];
  for (const [source, amount, category, description] of cofinancing) {
    if (amount > 0) lines.push(line(app.id, category, description, source, new Decimal(amount), ONE));
  }
  return lines;
}
