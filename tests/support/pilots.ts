/**
 * The 2013–2015 pilots (tests/fixtures/pilots-2013-2015.ts, the report's Table 1 and Table 2) as one
 * GSZ workbook per municipality, the way each municipality would have kept its program: one priority
 * direction, the winning NGO's application with the table's co-financing, and a second application that
 * stayed below the pass score. `npm run demo` writes them with scripts/make-pilots.mjs; the tests make
 * them in memory.
 */
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import type { CellValue, SheetLayout } from "../../src/workbook/port";
import { PILOTS_2013_2015, type PilotRow } from "../fixtures/pilots-2013-2015";

type Row = CellValue[];

/** Table 2 of the report: the NGO that carried out each pilot's project, and the project. */
const CONTRACTORS: Readonly<Record<string, { organization: string; type: string; project: string }>> = {
  "г.Таш-Кумыр": {
    organization: "ОФ «Ошский молодежный медиа центр»",
    type: "ОФ",
    project: "Молодежный публичный центр правовой информации на базе городской библиотеки",
  },
  Катран: { organization: "ОО «Инсан Лейлек»", type: "ОО", project: "Объединимся ради детей!" },
  Сумбула: {
    organization: "ОФ «Билек»",
    type: "ОФ",
    project: "Открытие центра дошкольного образования в селе Сары-Добо",
  },
  "Тогуз-Булак": {
    organization: "НКО «Инсан-Лейлек»",
    type: "ОО",
    project: "Открытие дневного реабилитационного центра для детей с особыми нуждами",
  },
  Каргалык: {
    organization: "ОФ «Семья – каждому ребенку»",
    type: "ОФ",
    project: "Дневной реабилитационный центр для детей с ограниченными возможностями здоровья",
  },
  "Каныш-Кыя": {
    organization: "ОО «Курулуш айылынын аймактык коомдук озун озу башкаруу»",
    type: "ОО",
    project: "Баластан",
  },
  "Кок-Ой": {
    organization: "ОО «Центр развития гражданских инициатив «Айкөл»",
    type: "ОО",
    project: "Мы готовы к школе",
  },
  Омуралиев: {
    organization: "ОО «Центр развития гражданских инициатив «Айкөл»",
    type: "ОО",
    project: "Наследие отцов",
  },
  "Терек-Сай": {
    organization: "ОФ «Айкан»",
    type: "ОФ",
    project: "Привлечение детей из малоимущих семей к дошкольному образованию",
  },
  Чаткал: {
    organization: "ОО «Курулуш айылынын аймактык коомдук озун озу башкаруу»",
    type: "ОО",
    project: "Бала Нур",
  },
  "г.Кара-Куль": { organization: "ОФ «Аймира»", type: "ОФ", project: "Чужих детей не бывает" },
};

const YEAR = 2015;
const START = "01.01.2015";
const END = "31.10.2015";

/** The input sheets of one pilot's program, as cell grids. */
export function pilotSheets(pilot: PilotRow): Record<string, Row[]> {
  const contractor = CONTRACTORS[pilot.municipality];
  if (!contractor) throw new Error(`no contractor for ${pilot.municipality}`);
  const n = (text: string): number => Number(text);
  const total = n(pilot.grant) + n(pilot.localBudget) + n(pilot.community) + n(pilot.ngo);
  return {
    Программа: [
      ["Программа муниципального социального заказа"],
      [],
      ["Параметр", "Значение"],
      ["Муниципалитет", pilot.municipality],
      ["Программа", "МСЗ GIZ/Fonds 2014–2015"],
      ["Бюджетный год", YEAR],
      ["Начало", START],
      ["Окончание", END],
      ["Бюджет программы", n(pilot.grant)],
      ["Проходной балл", 60],
      ["Схема траншей", "50/30/20"],
      [],
      ["Код", "Направление", "Выделено", "Макс. на проект"],
      ["1", "Социальные услуги по итогам СИНС", n(pilot.grant), n(pilot.grant)],
    ],
    Заявки: [
      ["Заявки"],
      [],
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
      [
        1,
        contractor.organization,
        contractor.type,
        "1",
        contractor.project,
        n(pilot.grant),
        n(pilot.localBudget),
        n(pilot.community),
        n(pilot.ngo),
        0,
        total,
        START,
        END,
        "15.06.2014",
      ],
      [
        2,
        "ОО «Жаштар демилгеси»",
        "ОО",
        "1",
        "Клуб для молодежи",
        400000,
        0,
        10000,
        5000,
        0,
        415000,
        START,
        END,
        "20.06.2014",
      ],
    ],
    Критерии: [
      ["Критерии"],
      [],
      ["Код", "Критерий", "Макс. балл"],
      ["K1", "Соответствие теме социального заказа", 50],
      ["K2", "Вклад сообщества и НКО", 50],
    ],
    Комиссия: [
      ["Комиссия"],
      [],
      ["Член комиссии", "Роль"],
      ["Председатель комиссии", "Председатель"],
      ["Член комиссии 1", "Член комиссии"],
      ["Член комиссии 2", "Член комиссии"],
    ],
    Оценки: [
      ["Оценки"],
      [],
      ["Член комиссии", "№ заявки", "K1", "K2"],
      ["Председатель комиссии", 1, 45, 40],
      ["Председатель комиссии", 2, 25, 20],
      ["Член комиссии 1", 1, 42, 41],
      ["Член комиссии 1", 2, 28, 22],
      ["Член комиссии 2", 1, 44, 39],
      ["Член комиссии 2", 2, 26, 19],
    ],
  };
}

/** Cell grids written as an .xlsx by the project's own ExcelJS adapter (plain cells, no tables). */
export async function sheetsToXlsx(sheets: Record<string, Row[]>): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  const layouts: SheetLayout[] = Object.entries(sheets).map(([name, rows]) => ({
    name,
    rows,
    columns: [],
    tables: [],
  }));
  await book.writeSheets(layouts);
  return book.toBuffer();
}

/** File name of a pilot's workbook: `01-г.Таш-Кумыр.xlsx`. */
export function pilotFileName(pilot: PilotRow, index: number): string {
  return `${String(index + 1).padStart(2, "0")}-${pilot.municipality}.xlsx`;
}

/** Every pilot's workbook, in the order of Table 1. */
export async function pilotWorkbooks(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, pilot] of PILOTS_2013_2015.entries()) {
    out.push({ name: pilotFileName(pilot, i), bytes: await sheetsToXlsx(pilotSheets(pilot)) });
  }
  return out;
}
