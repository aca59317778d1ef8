import type { ChartLayout, ColumnFormat, ColumnLayout, SheetLayout, TableLayout, WriteValue } from "../port";
import { chartAnchors, chartPageBreaks, type PlacedChart } from "./charts/place";

/** One column of an output table: its header, how its numbers are shown, and its width bounds. */
export interface ColumnSpec {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Narrowest width in characters (default 8). */
  readonly minWidth?: number;
  /** Widest width in characters (default 45); longer text wraps onto more lines (ColumnLayout.wrap). */
  readonly maxWidth?: number;
  /** Replaces the format's Excel number format (ColumnLayout.numberFormat). */
  readonly numberFormat?: string;
}

/** Builds the cells of the totals row once the data rows' positions are known. */
export type TotalsBuilder = (firstDataRow: number, lastDataRow: number) => readonly WriteValue[];

/** Characters a value takes on screen, roughly, for column widths. */
function displayLength(value: WriteValue, format: ColumnFormat): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "number") {
    const digits = Math.abs(Math.trunc(value)).toString().length;
    const grouped = format === "money" ? digits + Math.floor((digits - 1) / 3) + 3 : digits + 5;
    return value < 0 ? grouped + 1 : grouped;
  }
  if (typeof value === "boolean") return 5;
  if ("date" in value) return 10;
  if ("error" in value) return value.error.length;
  if ("text" in value) return value.text.length;
  return 12;
}

/**
 * Assembles an output sheet row by row: title and stamp rows on top, then one or more tables (each a
 * real Excel table with a header and optionally a totals row). All tables share the sheet's columns.
 */
export class SheetBuilder {
  private readonly rows: WriteValue[][] = [];
  private readonly tables: TableLayout[] = [];
  private readonly titleRows: number[] = [];
  private readonly highlights: { row: number; col: number }[] = [];
  private freezeRows: number | undefined;
  private readonly widths: number[];
  /** Columns holding a value longer than their widest width: their cells wrap. */
  private readonly wraps = new Set<number>();
  /** Charts below the rows, anchored once the column widths are known (build). */
  private readonly charts: PlacedChart[] = [];
  /** The first row of each chart section (its heading), to keep a section on one printed page. */
  private readonly sections: number[] = [];

  constructor(
    private readonly name: string,
    private readonly columns: readonly ColumnSpec[],
  ) {
    this.widths = columns.map((c) => Math.max(c.minWidth ?? 8, c.header.length + 2));
  }

  /** The 1-based number the next row will get. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** A bold line of text (sheet title, stamp, section heading); it overflows to the right. */
  title(text: string): this {
    this.rows.push([text]);
    this.titleRows.push(this.rows.length);
    return this;
  }

  blank(): this {
    this.rows.push([]);
    return this;
  }

  /**
   * A bold row of column headings for the rows that follow (a section of a document sheet such as the
   * protocol, not an Excel table); the headings count for the column widths.
   */
  heading(cells: readonly WriteValue[]): this {
    this.rows.push([...cells]);
    this.titleRows.push(this.rows.length);
    this.measure(cells);
    return this;
  }

  /** A plain row; `measured` rows count for the column widths, others overflow to the right. */
  row(cells: readonly WriteValue[], measured = true): this {
    this.rows.push([...cells]);
    if (measured) this.measure(cells);
    return this;
  }

  /** Freezes everything down to the next table's header row. */
  freezeAtNextHeader(): this {
    this.freezeRows = this.nextRow;
    return this;
  }

  /** Tints a cell of a data row, counted from the first data row of the table just added. */
  highlight(row: number, col: number): this {
    this.highlights.push({ row, col });
    return this;
  }

  /**
   * Adds a table: header row, data rows (a placeholder row when there are none, because an Excel
   * table needs at least one data row), and a totals row when `totals` is given and there is data.
   * Returns the 1-based row of the first data row.
   */
  table(
    name: string,
    data: readonly (readonly WriteValue[])[],
    placeholder: string,
    totals?: TotalsBuilder,
  ): number {
    const headerRow = this.nextRow;
    this.rows.push(this.columns.map((c) => c.header));
    const first = headerRow + 1;
    const body = data.length > 0 ? data : [[placeholder]];
    for (const row of body) {
      this.rows.push([...row]);
      this.measure(row);
    }
    const last = headerRow + body.length;
    if (totals && data.length > 0) {
      const totalsRow = totals(first, last);
      this.rows.push([...totalsRow]);
      this.measure(totalsRow);
      this.tables.push({ name, headerRow, lastRow: last + 1, totalsRow: true });
    } else {
      this.tables.push({ name, headerRow, lastRow: last });
    }
    return first;
  }

  /**
   * A header row (bold, like a title) and data rows that are not an Excel table: a second shape of
   * rows on a sheet whose tables span all of its columns. The cells keep their columns' formats.
   * Returns the 1-based row of the first data row.
   */
  block(header: readonly string[], data: readonly (readonly WriteValue[])[], placeholder: string): number {
    this.rows.push([...header]);
    this.titleRows.push(this.rows.length);
    this.measure(header);
    const first = this.nextRow;
    for (const row of data.length > 0 ? data : [[placeholder]]) {
      this.rows.push([...row]);
      this.measure(row);
    }
    return first;
  }

  /**
   * A chart drawn from cells already added, placed at the next row and `rows` rows tall, as wide as
   * the sheet's first columns allow (./charts/place.ts); the rows it covers stay empty.
   */
  chart(chart: Omit<ChartLayout, "anchor">, rows: number, widthChars?: number): this {
    this.charts.push({ chart, row: this.nextRow, rows, ...(widthChars ? { widthChars } : {}) });
    for (let i = 0; i < rows; i++) this.rows.push([]);
    return this;
  }

  /**
   * Starts a chart section at the next row: its heading, the block of cells its charts draw and the
   * charts print on one page when they fit on a page (./charts/place.ts, chartPageBreaks).
   */
  chartSection(): this {
    this.sections.push(this.nextRow);
    return this;
  }

  /** A chart beside the last one (the same rows, to its right), `widthChars` wide. */
  chartBeside(chart: Omit<ChartLayout, "anchor">, widthChars: number): this {
    const before = this.charts[this.charts.length - 1];
    if (!before) return this.chart(chart, 18, widthChars);
    this.charts.push({ chart, row: before.row, rows: before.rows, widthChars, beside: true });
    return this;
  }

  private measure(row: readonly WriteValue[]): void {
    row.forEach((value, i) => {
      const spec = this.columns[i];
      if (!spec) return;
      const length = displayLength(value, spec.format) + 2;
      if (length > (spec.maxWidth ?? 45)) this.wraps.add(i);
      const wanted = Math.min(spec.maxWidth ?? 45, length);
      if (wanted > (this.widths[i] ?? 0)) this.widths[i] = wanted;
    });
  }

  build(): SheetLayout {
    const columns: ColumnLayout[] = this.columns.map((c, i) => ({
      format: c.format,
      width: Math.min(c.maxWidth ?? 45, this.widths[i] ?? 8),
      ...(this.wraps.has(i) ? { wrap: true } : {}),
      ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
    }));
    return {
      name: this.name,
      rows: this.rows,
      columns,
      tables: this.tables,
      titleRows: this.titleRows,
      ...(this.freezeRows !== undefined ? { freezeRows: this.freezeRows } : {}),
      highlights: this.highlights,
      ...(this.charts.length > 0
        ? {
            charts: chartAnchors(this.charts, columns),
            pageBreaks: chartPageBreaks(this.sections, this.charts, columns),
          }
        : {}),
    };
  }
}
