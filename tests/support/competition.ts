/**
 * Input sheets of a synthetic competition with `n` applications (also the workload of bench/cli-run.ts): 5 directions,
 * 2 budget lines per application, `members` × `criteria` scores, a contract for every tenth application.
 */
export type Row = (string | number | null)[];

export function competitionSheets(n: number, members = 3, criteria = 3): Record<string, Row[]> {
  let state = 2019;
  const next = (mod: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % mod;
  };
  const directions = 5;
  const program: Row[] = [
    ["Программа социального заказа"],
    [],
    ["Параметр", "Значение"],
    ["Муниципалитет", "г. Тестовый"],
    ["Программа", "Социальный заказ"],
    ["Бюджетный год", 2019],
    ["Начало", "01.01.2019"],
    ["Окончание", "31.12.2019"],
    ["Бюджет программы", "2 500 000 000,00"],
    ["Проходной балл", 5],
    ["Схема траншей", "50/30/20"],
    [],
    ["Код", "Направление", "Выделено", "Макс. на проект"],
  ];
  for (let d = 1; d <= directions; d++) program.push([String(d), `Направление ${d}`, 500_000_000, 200_000]);
  const id = (i: number): string => `A-${String(i).padStart(5, "0")}`;
  const applications: Row[] = [
    [
      "№ заявки",
      "Организация",
      "Вид организации",
      "Направление",
      "Проект",
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
      "Итого",
      "Начало",
      "Окончание",
      "Дата подачи",
    ],
  ];
  const budget: Row[] = [
    [
      "№ заявки",
      "Статья",
      "Описание",
      "Кол-во",
      "Цена",
      "Месяцев",
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
      "Итого",
    ],
  ];
  for (let i = 1; i <= n; i++) {
    const grant = 50_000 + next(100) * 1_000;
    const local = next(20) * 1_000;
    const ngo = 5_000 + next(10) * 500;
    applications.push([
      id(i),
      `ОФ «Организация ${i}»`,
      "ОФ",
      String(1 + (i % directions)),
      `Проект ${i}`,
      grant,
      local,
      0,
      ngo,
      0,
      grant + local + ngo,
      "01.03.2019",
      "30.11.2019",
      43480 + (i % 30),
    ]);
    budget.push([
      id(i),
      "Оплата труда",
      "Координатор",
      1,
      grant / 2 + local,
      null,
      grant / 2,
      local,
      0,
      0,
      0,
      grant / 2 + local,
    ]);
    budget.push([
      id(i),
      "Мероприятия",
      "Тренинги",
      10,
      (grant / 2 + ngo) / 10,
      null,
      grant / 2,
      0,
      0,
      ngo,
      0,
      grant / 2 + ngo,
    ]);
  }
  const codes = Array.from({ length: criteria }, (_, c) => `K${c + 1}`);
  const criteriaRows: Row[] = [
    ["Код", "Критерий", "Макс. балл", "Вес"],
    ...codes.map((c, i) => [c, `Критерий ${i + 1}`, 10, 1]),
  ];
  const commission: Row[] = [["Член комиссии", "Роль", "Отвод"]];
  for (let m = 1; m <= members; m++) commission.push([`Член ${m}`, m === 1 ? "председатель" : "член", null]);
  const scores: Row[] = [["Член комиссии", "№ заявки", ...codes, "Комментарий"]];
  for (let i = 1; i <= n; i++) {
    const base = 3 + next(6);
    for (let m = 1; m <= members; m++)
      scores.push([`Член ${m}`, id(i), ...codes.map(() => Math.min(10, base + next(3))), null]);
  }
  const contracts: Row[] = [
    [
      "№ заявки",
      "№ договора",
      "Дата договора",
      "Сумма гранта",
      "Начало",
      "Окончание",
      "Схема траншей",
      "Даты траншей",
    ],
  ];
  for (let i = 1; i <= n; i += 10) {
    contracts.push([
      id(i),
      `Д-${i}`,
      "15.02.2019",
      applications[i]?.[5] ?? 0,
      "01.03.2019",
      "30.11.2019",
      null,
      null,
    ]);
  }
  return {
    Программа: program,
    Заявки: applications,
    Смета: budget,
    Критерии: criteriaRows,
    Комиссия: commission,
    Оценки: scores,
    Договоры: contracts,
  };
}
