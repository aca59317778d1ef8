import fc from "fast-check";
import type { Finding } from "../../../src/core/model";
import type { CellValue, TableExtent } from "../../../src/workbook/port";
import { exampleSheets, type Grid, type Sheets } from "../../fixtures/example";
import { addressesIn, essence, parseSheets, rowOf } from "./tables-support";

const EXAMPLE = exampleSheets("ru");
const ORIGINAL = parseSheets(EXAMPLE);

/** A table of the example: its sheet and its data rows (0-based, inclusive). */
interface Span {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
}

function spans(): Span[] {
  const program = EXAMPLE["Программа"] ?? [];
  const directions = rowOf(program, "Код");
  const holidays = rowOf(program, "Дата");
  const list: Span[] = [
    { sheet: "Программа", first: 3, last: directions - 2 },
    { sheet: "Программа", first: directions + 1, last: holidays - 2 },
    { sheet: "Программа", first: holidays + 1, last: program.length - 1 },
  ];
  for (const sheet of ["Заявки", "Смета", "Критерии", "Комиссия", "Оценки", "Договоры"]) {
    list.push({ sheet, first: 3, last: (EXAMPLE[sheet]?.length ?? 0) - 1 });
  }
  return list;
}

const SPANS = spans();

type Kind = "empty" | "totals" | "beside" | "junk";

interface Insertion {
  readonly span: number;
  /** Where between the span's data rows: before data row first + 1 + offset % (rows - 1). */
  readonly offset: number;
  readonly kind: Kind;
  readonly label: string;
}

const TOTALS_LABELS = ["Итого", "Всего:", "TOTAL", "Итого по направлению 1", "жыйынтык", "Totals"];

function insertion(kinds: fc.Arbitrary<Kind>): fc.Arbitrary<Insertion> {
  return fc.record({
    span: fc.nat(SPANS.length - 1),
    offset: fc.nat(1000),
    kind: kinds,
    label: fc.constantFrom(...TOTALS_LABELS),
  });
}

function rowFor(kind: Kind, label: string): CellValue[] {
  if (kind === "empty") return [];
  if (kind === "totals") return [label, null, 12345];
  if (kind === "beside")
    return [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "заметка",
    ];
  return [`${label} ?`];
}

/** A sheet after insertions: its rows, and for each inserted row its kind (by new 0-based index). */
interface Edited {
  readonly sheets: Sheets;
  readonly inserted: Map<string, Map<number, Kind>>;
  /** New index of each original row, per sheet. */
  readonly moved: Map<string, number[]>;
}

function apply(insertions: readonly Insertion[]): Edited {
  const before = new Map<string, Map<number, Insertion[]>>();
  for (const ins of insertions) {
    const span = SPANS[ins.span];
    if (!span || span.last <= span.first) continue;
    const at = span.first + 1 + (ins.offset % (span.last - span.first));
    const bySheet = before.get(span.sheet) ?? new Map<number, Insertion[]>();
    bySheet.set(at, [...(bySheet.get(at) ?? []), ins]);
    before.set(span.sheet, bySheet);
  }
  const sheets: Sheets = {};
  const inserted = new Map<string, Map<number, Kind>>();
  const moved = new Map<string, number[]>();
  for (const [name, grid] of Object.entries(EXAMPLE)) {
    const rows: Grid = [];
    const kinds = new Map<number, Kind>();
    const map: number[] = [];
    grid.forEach((row, index) => {
      for (const ins of before.get(name)?.get(index) ?? []) {
        kinds.set(rows.length, ins.kind);
        rows.push(rowFor(ins.kind, ins.label));
      }
      map.push(rows.length);
      rows.push([...row]);
    });
    sheets[name] = rows;
    inserted.set(name, kinds);
    moved.set(name, map);
  }
  return { sheets, inserted, moved };
}

type Brief = [string, number, string, string];

/** The notes the inserted empty and totals rows must give: one per run of empty rows, one per totals row. */
function expectedNotes(inserted: Map<string, Map<number, Kind>>): Brief[] {
  const notes: Brief[] = [];
  for (const [sheet, kinds] of inserted) {
    const rows = [...kinds.keys()].sort((a, b) => a - b);
    let run: number[] = [];
    const flush = (): void => {
      const first = run[0];
      if (first !== undefined) {
        notes.push([
          sheet,
          first + 1,
          "empty-row",
          run.length === 1 ? "rules.empty-row" : "rules.empty-row.many",
        ]);
      }
      run = [];
    };
    for (const row of rows) {
      const kind = kinds.get(row);
      if (kind === "empty") {
        if (run.length > 0 && run[run.length - 1] !== row - 1) flush();
        run.push(row);
      } else {
        flush();
        if (kind === "totals") notes.push([sheet, row + 1, "totals-row", "rules.totals-row"]);
      }
    }
    flush();
  }
  return notes.sort(byPlace);
}

function byPlace(a: Brief, b: Brief): number {
  return a[0].localeCompare(b[0]) || a[1] - b[1];
}

function briefs(notes: readonly Finding[] | undefined): Brief[] {
  return (notes ?? [])
    .map((n): Brief => [n.address?.sheet ?? "", n.address?.row ?? 0, n.rule, n.message])
    .sort(byPlace);
}

describe("reading tables whole, on random empty and totals rows", () => {
  it("reads the same input as without them, with exactly one note per empty run and per totals row", () => {
    fc.assert(
      fc.property(
        fc.array(insertion(fc.constantFrom<Kind>("empty", "totals")), { minLength: 1, maxLength: 8 }),
        (insertions) => {
          const edited = apply(insertions);
          const read = parseSheets(edited.sheets);
          expect(read.problems).toEqual([]);
          expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
          expect(briefs(read.input?.notes)).toEqual(expectedNotes(edited.inserted));
          // Each inserted empty row is named by exactly one note: its run's.
          for (const [sheet, kinds] of edited.inserted) {
            for (const [row, kind] of kinds) {
              if (kind !== "empty") continue;
              const naming = (read.input?.notes ?? []).filter((n) => {
                if (n.rule !== "empty-row" || n.address?.sheet !== sheet) return false;
                const first = Number(n.params?.["first"] ?? n.params?.["row"]);
                const last = Number(n.params?.["last"] ?? n.params?.["row"]);
                return row + 1 >= first && row + 1 <= last;
              });
              expect(naming).toHaveLength(1);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("no row with data is dropped silently", () => {
  /** Rows that are header rows of the example's tables (they hold data, and are read as headers). */
  function headerRows(edited: Edited, sheet: string): Set<number> {
    const map = edited.moved.get(sheet) ?? [];
    const headers = [2];
    if (sheet === "Программа") {
      headers.push(rowOf(EXAMPLE["Программа"] ?? [], "Код"), rowOf(EXAMPLE["Программа"] ?? [], "Дата"));
    }
    return new Set(headers.map((h) => map[h] ?? h));
  }

  it("every row with data below a header is read into the input, or has a note or a problem at its row", () => {
    fc.assert(
      fc.property(
        fc.array(
          insertion(
            fc.oneof(
              { arbitrary: fc.constantFrom<Kind>("empty", "totals", "beside"), weight: 6 },
              { arbitrary: fc.constant<Kind>("junk"), weight: 1 },
            ),
          ),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (insertions, excel) => {
          const edited = apply(insertions);
          const tables: Record<string, TableExtent[]> = {};
          if (excel) {
            const grid = edited.sheets["Заявки"] ?? [];
            tables["Заявки"] = [
              { name: "T", headerRow: 2, lastRow: grid.length - 1, firstCol: 0, lastCol: 13 },
            ];
            grid.push([], ["Подготовил: секретарь"], [null, null, "проверено"]);
          }
          const read = parseSheets(edited.sheets, tables);
          if (!read.input) {
            expect(read.problems.length).toBeGreaterThan(0);
            return;
          }
          const { notes, ...records } = read.input;
          const seen = new Set(addressesIn(records).map((a) => `${a.sheet}!${a.row}`));
          // Table 3's days are read as dates without cells: its rows are seen when every day is read.
          const program = EXAMPLE["Программа"] ?? [];
          expect(read.input.program.nonWorkingDays).toEqual(ORIGINAL.input?.program.nonWorkingDays);
          for (let row = rowOf(program, "Дата") + 1; row < program.length; row += 1) {
            seen.add(`Программа!${(edited.moved.get("Программа")?.[row] ?? row) + 1}`);
          }
          for (const note of notes ?? []) {
            const run = note.message === "rules.empty-row.many";
            const first = Number(run ? note.params?.["first"] : note.address?.row);
            const last = Number(run ? note.params?.["last"] : note.address?.row);
            for (let row = first; row <= last; row += 1) seen.add(`${note.address?.sheet ?? ""}!${row}`);
          }
          for (const [sheet, grid] of Object.entries(edited.sheets)) {
            const headers = headerRows(edited, sheet);
            grid.forEach((row, index) => {
              const filled = row.some(
                (cell) => cell !== null && !(typeof cell === "string" && cell.trim() === ""),
              );
              if (index <= 2 || !filled || headers.has(index)) return;
              expect(`${sheet}!${index + 1} ${seen.has(`${sheet}!${index + 1}`)}`).toBe(
                `${sheet}!${index + 1} true`,
              );
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
