/**
 * Random .xlsx packages written as XML by hand (every kind of cell, escapes, styles, rows and cells
 * with and without references, gaps, merged areas), for comparing the byte reader with SheetJS.
 */
import fc from "fast-check";
import { zip } from "./zip-builder";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Cell styles: numFmtId by xf index (custom formats below); dates, percents and plain numbers. */
const XF_FORMATS = [0, 14, 22, 9, 10, 164, 165, 2, 166, 167, 49, 46, 168, 169, 3, 47, 21];
const CUSTOM_FORMATS: readonly [number, string][] = [
  [164, "dd.mm.yyyy"],
  [165, "0.0%"],
  [166, "[$-419]d mmmm yyyy;@"],
  [167, '#,##0.00 "сом"'],
  [168, "0.00%;[Red]-0.00%"],
  [169, '"%"0'],
];

const attr = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Text as a producer escapes it: entities (sometimes `>` raw), control characters as `_xHHHH_`. */
function escapeText(text: string, variant: number): string {
  let out = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  out = variant % 2 === 0 ? out.replace(/>/g, "&gt;") : out;
  out = variant % 3 === 0 ? out.replace(/\r\n/g, "&#13;&#10;") : out;
  // eslint-disable-next-line no-control-regex
  return out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => {
    return `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`;
  });
}

const CHARS = [
  ..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙӨөҮүҢң0123456789 &<>\"'\t\n",
  "\r\n",
  "\u0001",
  "\u001f",
];
export const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(""));

/** An item's XML (shared `<si>` or inline `<is>` content): plain, or rich runs, with phonetic runs. */
export const item = fc
  .record({
    runs: fc.array(text, { minLength: 1, maxLength: 3 }),
    rich: fc.boolean(),
    phonetic: fc.boolean(),
    variant: fc.nat(5),
  })
  .map(({ runs, rich, phonetic, variant }) => {
    const rPh = phonetic ? `<rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/>` : "";
    if (!rich) return `<t xml:space="preserve">${escapeText(runs[0] ?? "", variant)}</t>${rPh}`;
    const body = runs
      .map((run, i) =>
        i % 2 === 1
          ? `<r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">${escapeText(run, variant)}</t></r>`
          : `<r><t>${escapeText(run, variant)}</t></r>`,
      )
      .join("");
    return body + rPh;
  });

const numberText = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map(String),
  fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -30, max: 30 }))
    .map(([m, e]) => `${m / 100}E${e >= 0 ? "+" : ""}${e}`),
  fc.integer({ min: 0, max: 80_000 }).map((d) => String(d + 0.25)),
  fc.constantFrom("12345678901234567", "-0", "0.1", "43525", "1e-7"),
);

const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

export type CellSpec =
  | { kind: "number"; value: string; style: number; formula: boolean }
  | { kind: "shared"; index: number; style: number }
  | { kind: "inline"; xml: string }
  | { kind: "str"; value: string; empty: boolean; variant: number }
  | { kind: "bool"; value: string }
  | { kind: "error"; value: string }
  | { kind: "empty"; style: number; type: string };

const style = fc.nat(XF_FORMATS.length - 1);

export const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("number" as const),
      value: numberText,
      style,
      formula: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("shared" as const), index: fc.nat(), style }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("inline" as const), xml: item }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("str" as const),
      value: text,
      empty: fc.boolean(),
      variant: fc.nat(5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("bool" as const), value: fc.constantFrom("0", "1") }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("error" as const), value: fc.constantFrom(...ERRORS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("empty" as const), style, type: fc.constantFrom("", "s", "n") }),
  },
);

export interface RowSpec {
  /** Rows skipped before this one (0 when the row has no reference). */
  readonly gap: number;
  readonly ref: boolean;
  readonly cells: readonly { readonly gap: number; readonly ref: boolean; readonly cell: CellSpec }[];
}

export const row: fc.Arbitrary<RowSpec> = fc
  .record({
    gap: fc.nat(3),
    ref: fc.boolean(),
    cells: fc.array(fc.record({ gap: fc.nat(2), ref: fc.boolean(), cell }), { maxLength: 8 }),
  })
  .map((r) => ({
    gap: r.ref ? r.gap : 0,
    ref: r.ref,
    cells: r.cells.map((c) => ({ ...c, gap: c.ref ? c.gap : 0 })),
  }));

export interface BookSpec {
  readonly sheets: readonly { readonly rows: readonly RowSpec[]; readonly merges: readonly number[][] }[];
  readonly shared: readonly string[];
  readonly date1904: boolean;
}

export const book: fc.Arbitrary<BookSpec> = fc.record({
  sheets: fc.array(
    fc.record({
      rows: fc.array(row, { maxLength: 12 }),
      merges: fc.array(fc.tuple(fc.nat(8), fc.nat(6), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  shared: fc.array(item, { minLength: 1, maxLength: 10 }),
  date1904: fc.boolean(),
});

function colName(col: number): string {
  let name = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function cellXml(spec: CellSpec, ref: string, sharedCount: number): string {
  const r = ref === "" ? "" : ` r="${ref}"`;
  switch (spec.kind) {
    case "number":
      return `<c${r} s="${spec.style}">${spec.formula ? "<f>A1*1</f>" : ""}<v>${spec.value}</v></c>`;
    case "shared":
      return `<c${r} s="${spec.style}" t="s"><v>${spec.index % sharedCount}</v></c>`;
    case "inline":
      return `<c${r} t="inlineStr"><is>${spec.xml}</is></c>`;
    case "str":
      return spec.empty
        ? `<c${r} t="str"><f>""</f><v></v></c>`
        : `<c${r} t="str"><f>"x"</f><v>${escapeText(spec.value, spec.variant)}</v></c>`;
    case "bool":
      return `<c${r} t="b"><v>${spec.value}</v></c>`;
    case "error":
      return `<c${r} t="e"><f>1/0</f><v>${spec.value}</v></c>`;
    case "empty":
      return `<c${r} s="${spec.style}"${spec.type === "" ? "" : ` t="${spec.type}"`}/>`;
  }
}

function sheetXml(rows: readonly RowSpec[], merges: readonly number[][], sharedCount: number): string {
  let rowIndex = -1;
  const body = rows
    .map((spec) => {
      rowIndex += spec.gap + 1;
      let col = -1;
      const cells = spec.cells
        .map(({ gap, ref, cell: c }) => {
          col += gap + 1;
          return cellXml(c, ref ? `${colName(col)}${rowIndex + 1}` : "", sharedCount);
        })
        .join("");
      return `<row${spec.ref ? ` r="${rowIndex + 1}"` : ""}>${cells}</row>`;
    })
    .join("");
  const mergeXml = merges
    .map(([r, c, h, w]) => {
      const [r0, c0] = [r ?? 0, c ?? 0];
      return `<mergeCell ref="${colName(c0)}${r0 + 1}:${colName(c0 + (w ?? 0))}${r0 + 1 + (h ?? 0)}"/>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetData>${body}</sheetData>${mergeXml === "" ? "" : `<mergeCells count="${merges.length}">${mergeXml}</mergeCells>`}</worksheet>`
  );
}

const SHEET_NAMES = ["Оценки", "Данные"];

/** The package of a random workbook. */
export function bookBytes(spec: BookSpec): Uint8Array {
  const names = spec.sheets.map((_, i) => SHEET_NAMES[i] ?? `Лист${i + 1}`);
  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts count="${CUSTOM_FORMATS.length}">` +
    CUSTOM_FORMATS.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${attr(code)}"/>`).join("") +
    `</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${XF_FORMATS.length}">` +
    XF_FORMATS.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("") +
    `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    // A differential format's own number format, with an id the workbook uses for a date.
    `<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00%"/></dxf></dxfs></styleSheet>`;
  return zip([
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPES}.sheet.main+xml"/>` +
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPES}.worksheet+xml"/>`,
          )
          .join("") +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPES}.sharedStrings+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPES}.styles+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets>` +
        names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<Relationships xmlns="${PKG}">` +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    ...spec.sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: sheetXml(sheet.rows, sheet.merges, spec.shared.length),
    })),
    {
      name: "xl/sharedStrings.xml",
      data:
        `<sst xmlns="${MAIN}" count="${spec.shared.length}" uniqueCount="${spec.shared.length}">` +
        spec.shared.map((si) => `<si>${si}</si>`).join("") +
        `</sst>`,
    },
    { name: "xl/styles.xml", data: styles },
  ]);
}
