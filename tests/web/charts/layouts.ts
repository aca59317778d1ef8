import type { ChartLayout, SheetLayout, WriteValue } from "../../../src/workbook/port";

/**
 * Output sheets with charts, as the render layer gives them (the chart content itself is the render
 * layer's; these only have the same shape): a ranking with the pass score as a line, and co-financing
 * by source (pie) and per application (stacked bars).
 */

export function rankingWithChart(n: number, lang: "ru" | "en" = "ru"): SheetLayout {
  const rows: WriteValue[][] = [
    [lang === "ru" ? "Рейтинг заявок" : "Ranking"],
    [],
    [
      lang === "ru" ? "Место" : "Place",
      lang === "ru" ? "№ заявки" : "Application",
      lang === "ru" ? "Балл" : "Score",
      lang === "ru" ? "Проходной балл" : "Pass score",
    ],
  ];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      { text: `A-${String(i).padStart(5, "0")}`, sheet: "Заявки", row: i + 1, col: 1 },
      90 - i * 1.255,
      { formula: "Программа!B7", result: 60 },
    ]);
  }
  const top = Math.min(n, 20);
  const chart: ChartLayout = {
    kind: "column",
    title: lang === "ru" ? "Итоговый балл и проходной балл" : "Total score and pass score",
    altText:
      lang === "ru"
        ? `Итоговый балл ${top} лучших заявок; линия — проходной балл 60.`
        : `Total score of the top ${top} applications; the line is the pass score 60.`,
    categories: { firstRow: 4, lastRow: 3 + top, firstCol: 2, lastCol: 2 },
    series: [
      {
        name: lang === "ru" ? "Балл" : "Score",
        values: { firstRow: 4, lastRow: 3 + top, firstCol: 3, lastCol: 3 },
        color: "0072B2",
      },
      {
        name: lang === "ru" ? "Проходной балл" : "Pass score",
        values: { firstRow: 4, lastRow: 3 + top, firstCol: 4, lastCol: 4 },
        color: "D55E00",
        asLine: true,
      },
    ],
    categoryAxisTitle: lang === "ru" ? "Заявка" : "Application",
    valueAxisTitle: lang === "ru" ? "Балл" : "Score",
    numberFormat: "0.00",
    dataLabels: true,
    anchor: { from: { row: 3, col: 6 }, to: { row: 23, col: 14 } },
  };
  return {
    name: lang === "ru" ? "Рейтинг" : "Ranking",
    rows,
    columns: [
      { width: 6, format: "integer" },
      { width: 12, format: "text" },
      { width: 8, format: "decimal", numberFormat: "0.00" },
      { width: 8, format: "decimal", numberFormat: "0.00" },
    ],
    tables: [{ name: "GszRanking", headerRow: 3, lastRow: 3 + n }],
    titleRows: [1],
    charts: [chart],
  };
}

export function cofinancingWithCharts(): SheetLayout {
  return {
    name: "Софинансирование",
    rows: [
      ["Софинансирование"],
      ["Источник", "Сумма", "Доля"],
      ["Бюджет", 600000, 0.6],
      ["НКО", 250000.5, 0.25],
      ["Доноры", 149999.5, 0.15],
      [],
      ["Заявка", "Бюджет", "НКО", "Доноры"],
      ["A-00001", 300000, 100000, 50000],
      ["A-00002", 200000, 100000.5, 0],
      ["A-00003", 100000, 50000, 99999.5],
    ],
    columns: [
      { width: 20, format: "text" },
      { width: 14, format: "money" },
      { width: 14, format: "money" },
      { width: 14, format: "money" },
    ],
    tables: [
      { name: "GszCofinancing", headerRow: 2, lastRow: 5 },
      { name: "GszCofinancingApps", headerRow: 7, lastRow: 10 },
    ],
    titleRows: [1],
    charts: [
      {
        kind: "pie",
        title: "Софинансирование программы по источникам",
        altText: "Бюджет 60 %, НКО 25 %, доноры 15 % суммы программы.",
        categories: { firstRow: 3, lastRow: 5, firstCol: 1, lastCol: 1 },
        series: [
          { name: "Сумма", values: { firstRow: 3, lastRow: 5, firstCol: 2, lastCol: 2 }, color: "0072B2" },
        ],
        numberFormat: "#,##0.00",
        dataLabels: true,
        anchor: { from: { row: 1, col: 6 }, to: { row: 16, col: 12 } },
      },
      {
        kind: "stacked-bar",
        title: "Софинансирование по заявкам",
        altText: "Сумма каждой заявки по источникам.",
        categories: { firstRow: 8, lastRow: 10, firstCol: 1, lastCol: 1 },
        series: ["0072B2", "E69F00", "009E73"].map((color, j) => ({
          name: ["Бюджет", "НКО", "Доноры"][j] ?? "",
          values: { firstRow: 8, lastRow: 10, firstCol: 2 + j, lastCol: 2 + j },
          color,
        })),
        valueAxisTitle: "сом",
        numberFormat: "#,##0.00",
        dataLabels: true,
        anchor: { from: { row: 18, col: 6 }, to: { row: 34, col: 12 } },
      },
    ],
  };
}

/**
 * Execution and the payment calendar: approved / paid / spent per contract side by side (clustered
 * columns), unpaid tranches by month (a line), and members' totals against the median (bars with the
 * median as a line over them).
 */
export function executionWithCharts(): SheetLayout {
  const months = ["01.2027", "02.2027", "03.2027", "04.2027", "05.2027", "06.2027"];
  return {
    name: "Исполнение",
    rows: [
      ["Исполнение"],
      ["Договор", "Грант", "Выплачено", "Израсходовано"],
      ["Д-1", 500000, 250000, 180000.25],
      ["Д-2", 320000, 320000, 301000],
      ["Д-3", 150000, 45000, 0],
      [],
      ["Месяц", "К выплате"],
      ...months.map((m, i) => [m, [0, 120000, 95000.5, 0, 310000, 40000][i] ?? 0]),
      [],
      ["Член комиссии", "Итого", "Медиана"],
      ["Асанов", 78, 74.5],
      ["Бекова", 74.5, 74.5],
      ["Исаев", 52, 74.5],
      ["Осмонова", 71, 74.5],
    ],
    columns: [
      { width: 16, format: "text" },
      { width: 14, format: "money" },
      { width: 14, format: "money" },
      { width: 14, format: "money" },
    ],
    tables: [],
    titleRows: [1],
    charts: [
      {
        kind: "column",
        title: "Грант, выплачено и израсходовано",
        altText: "По каждому договору: грант, выплаченное и израсходованное.",
        categories: { firstRow: 3, lastRow: 5, firstCol: 1, lastCol: 1 },
        series: ["0072B2", "E69F00", "009E73"].map((color, j) => ({
          name: ["Грант", "Выплачено", "Израсходовано"][j] ?? "",
          values: { firstRow: 3, lastRow: 5, firstCol: 2 + j, lastCol: 2 + j },
          color,
        })),
        valueAxisTitle: "сом",
        numberFormat: "#,##0",
        dataLabels: true,
        anchor: { from: { row: 1, col: 6 }, to: { row: 18, col: 14 } },
      },
      {
        kind: "line",
        title: "Календарь выплат",
        altText: "Невыплаченные транши по месяцам.",
        categories: { firstRow: 8, lastRow: 13, firstCol: 1, lastCol: 1 },
        series: [
          {
            name: "К выплате",
            values: { firstRow: 8, lastRow: 13, firstCol: 2, lastCol: 2 },
            color: "0072B2",
          },
        ],
        categoryAxisTitle: "Месяц",
        numberFormat: "#,##0.00",
        dataLabels: true,
        anchor: { from: { row: 20, col: 6 }, to: { row: 36, col: 14 } },
      },
      {
        kind: "bar",
        title: "Итоговые баллы членов комиссии",
        altText: "Итог каждого члена комиссии против медианы 74,5.",
        categories: { firstRow: 16, lastRow: 19, firstCol: 1, lastCol: 1 },
        series: [
          { name: "Итого", values: { firstRow: 16, lastRow: 19, firstCol: 2, lastCol: 2 }, color: "56B4E9" },
          {
            name: "Медиана",
            values: { firstRow: 16, lastRow: 19, firstCol: 3, lastCol: 3 },
            color: "D55E00",
            asLine: true,
          },
        ],
        numberFormat: "0.0",
        dataLabels: true,
        anchor: { from: { row: 38, col: 6 }, to: { row: 52, col: 14 } },
      },
    ],
  };
}
