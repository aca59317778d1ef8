/**
 * A small fake of the Excel JavaScript API subset the Office.js adapter uses, with Excel's batch semantics:
 * calls are queued and run at `context.sync()`, loaded properties are readable only after a sync, a values
 * or numberFormat array must match its range's shape, one request may not exceed 5 MB, and a failing
 * operation stops the rest of its batch (earlier ones stay applied, as in Excel: batches are not transactions).
 * Used by the jest tests and, bundled, by the browser test as the page's `Excel` global.
 * (office-addin-mock records nothing and cannot mock collections, hence this fake.)
 */

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  format: string;
  formula?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  freezeRows: number;
  columnWidths: Map<number, number>;
  /** Columns hidden with range.columnHidden (ExcelApi 1.2), 0-based. */
  hiddenColumns: Set<number>;
  validations: {
    r0: number;
    c0: number;
    rows: number;
    cols: number;
    rule: unknown;
    alert: unknown;
    prompt?: unknown;
  }[];
  /** What worksheet.pageLayout was given (ExcelApi 1.9), property by property. */
  pageLayout: Record<string, unknown>;
  /** Ranges whose rows were autofitted, as `r0:rows`. */
  autofitRows: string[];
  /** Cells computed on read rather than stored (large sheets in tests): rows × cols from A1. */
  generated?: { rows: number; cols: number; value: (r: number, c: number) => FakeValue };
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  style: string;
}

/** One assignment of a 2D array to a range, kept for shape checks. */
export interface Assignment {
  readonly sheet: string;
  readonly property: "values" | "formulas" | "numberFormat";
  readonly rangeRows: number;
  readonly rangeCols: number;
  readonly arrayRows: number;
  readonly arrayCols: readonly number[];
}

interface Op {
  readonly name: string;
  readonly bytes: number;
  readonly run: () => void;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const MAX_ROWS = 1_048_576;
const key = (r: number, c: number): string => `${r},${c}`;
const jsonBytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

function notLoaded(what: string): never {
  throw new FakeExcelError("PropertyNotLoaded", `${what} was read before load() and sync()`);
}

/** A cell position from an A1 reference such as `F7` or `$F$7` (0-based). */
export function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new FakeExcelError("InvalidArgument", `bad reference ${ref}`);
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly assignments: Assignment[] = [];
  /** Estimated bytes of each sync's request. */
  readonly requests: number[] = [];
  readonly createdWorkbooks: string[] = [];
  selection: { sheet: string; row: number; col: number } | undefined;
  active: string | undefined;
  syncs = 0;
  /** Excel on the web's request limit. */
  payloadLimit = 5_000_000;
  /** … and its response limit (values and formats read in one sync). */
  responseLimit = Infinity;
  /** @internal bytes answered by the current sync */
  responseBytes = 0;
  /** Bytes answered by each sync that succeeded. */
  readonly responses: number[] = [];
  /**
   * Make the named operation fail (e.g. "range.values") the n-th time it runs (1-based), with `code`;
   * with `andAfter`, every time after that too.
   */
  failOn: { op: string; nth: number; code?: string; andAfter?: boolean } | undefined;
  /**
   * Excel's limit of cells per read of a range: above it, as Excel may, the fake answers null values and
   * formats instead of an error.
   */
  cellReadLimit = 5_000_000;
  /** Cells in each range whose values were loaded, in order (chunk sizes). */
  readonly cellReads: number[] = [];
  private opCounts = new Map<string, number>();
  suspendedCalculation = 0;
  suspendedScreen = 0;

  /** The options of every Excel.run, in order (undefined for a run without options). */
  readonly runOptions: (Excel.RunOptions | undefined)[] = [];
  /** The user is editing a cell: as in Excel, a run fails unless it asked to wait (`delayForCellEdit`). */
  cellEditing = false;
  private afterCellEdit: (() => void)[] = [];

  /** Ends cell edit mode: the runs that waited for it start. */
  endCellEdit(): void {
    this.cellEditing = false;
    for (const start of this.afterCellEdit.splice(0)) start();
  }

  /** Excel.run over this workbook, with or without run options. */
  readonly run = <T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const options = typeof first === "function" ? undefined : first;
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new Error("Excel.run without a batch function");
    this.runOptions.push(options);
    const start = (): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);
    if (!this.cellEditing) return start();
    if (!options?.delayForCellEdit) {
      const error = new Error("The requested operation is not allowed in cell edit mode.");
      return Promise.reject(Object.assign(error, { code: "InvalidOperationInCellEditMode" }));
    }
    return new Promise<void>((resolve) => this.afterCellEdit.push(resolve)).then(start);
  };

  /** Excel.createWorkbook: records the file. */
  readonly createWorkbook = async (base64: string): Promise<void> => {
    this.createdWorkbooks.push(base64);
  };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(
    name: string,
    rows: readonly (readonly (FakeValue | null)[])[] = [],
    formats?: readonly (readonly string[])[],
  ): FakeSheet {
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet: FakeSheet = {
      name,
      visibility: "Visible",
      cells: new Map(),
      freezeRows: 0,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      validations: [],
      pageLayout: {},
      autofitRows: [],
    };
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "")
          sheet.cells.set(key(r, c), { value, format: formats?.[r]?.[c] ?? "General" });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet of `rows` × `cols` cells from A1 whose values are computed on read (too many to store). */
  addGeneratedSheet(
    name: string,
    rows: number,
    cols: number,
    value: (r: number, c: number) => FakeValue,
  ): FakeSheet {
    const sheet = this.addSheet(name);
    sheet.generated = { rows, cols, value };
    return sheet;
  }

  /** An Excel table over rows r0.. and columns c0.. (0-based) of a sheet, as a person would insert one. */
  addTable(sheetName: string, name: string, r0: number, c0: number, rows: number, cols: number): FakeTable {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const table = { name, sheet, r0, c0, rows, cols, style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  /** A sheet's values as a rectangle from A1 ("" for empty cells), trailing empties trimmed. */
  values(name: string): FakeValue[][] {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const box = usedBox(sheet);
    if (!box) return [];
    const rows: FakeValue[][] = [];
    for (let r = 0; r < box.r0 + box.rows; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c < box.c0 + box.cols; c++) row.push(sheet.cells.get(key(r, c))?.value ?? "");
      rows.push(row);
    }
    return rows;
  }

  cell(name: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(name)?.cells.get(key(row - 1, col - 1));
  }

  /** @internal */
  execute(ops: readonly Op[]): void {
    this.syncs += 1;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.requests.push(bytes);
    if (bytes > this.payloadLimit) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    this.responseBytes = 0;
    for (const op of ops) {
      const n = (this.opCounts.get(op.name) ?? 0) + 1;
      this.opCounts.set(op.name, n);
      const f = this.failOn;
      if (f && f.op === op.name && (f.nth === n || (f.andAfter === true && n > f.nth))) {
        throw new FakeExcelError(f.code ?? "GeneralException", `injected failure in ${op.name}`);
      }
      op.run();
    }
    if (this.responseBytes > this.responseLimit) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    }
    this.responses.push(this.responseBytes);
  }

  /** @internal */
  removeSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
    if (!visible.length) throw new FakeExcelError("InvalidOperation", "cannot delete the last visible sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    if (this.active === sheet.name) this.active = undefined;
  }
}

function usedBox(sheet: FakeSheet): { r0: number; c0: number; rows: number; cols: number } | undefined {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  if (sheet.generated && sheet.generated.rows > 0 && sheet.generated.cols > 0) {
    r0 = 0;
    c0 = 0;
    r1 = sheet.generated.rows - 1;
    c1 = sheet.generated.cols - 1;
  }
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && cell.formula === undefined) continue;
    const [r, c] = k.split(",").map(Number) as [number, number];
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? undefined : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

class FakeContext {
  private queue: Op[] = [];
  readonly workbook: { worksheets: FakeWorksheets; tables: FakeTables; application: FakeApplication };

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      tables: new FakeTables(this),
      application: new FakeApplication(this),
    };
  }

  enqueue(name: string, run: () => void, bytes = 100): void {
    this.queue.push({ name, run, bytes });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.excel.execute(ops);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculation", () => (this.ctx.excel.suspendedCalculation += 1));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("application.suspendScreenUpdating", () => (this.ctx.excel.suspendedScreen += 1));
  }
}

/** A worksheet proxy; `resolve` finds its sheet when the queue runs (null for a null object). */
class FakeWorksheet {
  private target: FakeSheet | null | undefined;
  private loaded: { name?: string; position?: number } = {};
  private resolvedOnce = false;
  readonly tables: FakeSheetTables;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: {
    paperSize: string;
    orientation: string;
    zoom: unknown;
    setPrintTitleRows: (rows: string) => void;
    headersFooters: { defaultForAllPages: { centerHeader: string; centerFooter: string } };
  };

  constructor(
    readonly ctx: FakeContext,
    private readonly resolver: () => FakeSheet | null,
  ) {
    this.tables = new FakeSheetTables(this);
    this.freezePanes = {
      freezeRows: (n: number) =>
        this.ctx.enqueue("freezePanes.freezeRows", () => (this.sheet().freezeRows = n)),
    };
    const set = (property: string, value: unknown): void =>
      this.ctx.enqueue(`pageLayout.${property}`, () => (this.sheet().pageLayout[property] = value));
    const unread = (property: string): never => notLoaded(`pageLayout.${property}`);
    this.pageLayout = {
      set paperSize(v: string) {
        set("paperSize", v);
      },
      get paperSize(): string {
        return unread("paperSize");
      },
      set orientation(v: string) {
        set("orientation", v);
      },
      get orientation(): string {
        return unread("orientation");
      },
      set zoom(v: unknown) {
        set("zoom", v);
      },
      get zoom(): unknown {
        return unread("zoom");
      },
      setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(v: string) {
            set("centerHeader", v);
          },
          get centerHeader(): string {
            return unread("centerHeader");
          },
          set centerFooter(v: string) {
            set("centerFooter", v);
          },
          get centerFooter(): string {
            return unread("centerFooter");
          },
        },
      },
    };
  }

  /** The sheet, resolving once; throws ItemNotFound on a null object. */
  sheet(): FakeSheet {
    const s = this.resolveOrNull();
    if (!s) throw new FakeExcelError("ItemNotFound", "the worksheet does not exist");
    return s;
  }

  resolveOrNull(): FakeSheet | null {
    if (this.target === undefined) this.target = this.resolver();
    this.resolvedOnce = true;
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.resolvedOnce) notLoaded("worksheet.isNullObject");
    return this.target === null;
  }

  load(props: string): void {
    this.ctx.enqueue("worksheet.load", () => {
      const s = this.resolveOrNull();
      if (!s) return;
      if (props.includes("name")) this.loaded.name = s.name;
      if (props.includes("position")) this.loaded.position = this.ctx.excel.sheets.indexOf(s);
    });
  }

  /** @internal snapshot for collection loads */
  snapshot(props: string): void {
    const s = this.sheet();
    if (props.includes("name")) this.loaded.name = s.name;
    if (props.includes("position")) this.loaded.position = this.ctx.excel.sheets.indexOf(s);
  }

  get name(): string {
    return this.loaded.name ?? notLoaded("worksheet.name");
  }
  set name(value: string) {
    this.ctx.enqueue("worksheet.name", () => {
      const s = this.sheet();
      const other = this.ctx.excel.sheet(value);
      if (other && other !== s) throw new FakeExcelError("ItemAlreadyExists", `sheet ${value} exists`);
      s.name = value;
    });
  }
  get position(): number {
    return this.loaded.position ?? notLoaded("worksheet.position");
  }
  set position(value: number) {
    this.ctx.enqueue("worksheet.position", () => {
      const s = this.sheet();
      const list = this.ctx.excel.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(value, list.length), 0, s);
    });
  }
  set visibility(value: string) {
    this.ctx.enqueue("worksheet.visibility", () => (this.sheet().visibility = value));
  }
  delete(): void {
    this.ctx.enqueue("worksheet.delete", () => this.ctx.excel.removeSheet(this.sheet()));
  }
  activate(): void {
    this.ctx.enqueue("worksheet.activate", () => (this.ctx.excel.active = this.sheet().name));
  }
  getRangeByIndexes(r0: number, c0: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, () => ({ r0, c0, rows, cols }));
  }
  getRange(address: string): FakeRange {
    const [a, b] = address.split(":");
    const from = parseCell(a ?? "");
    const to = b ? parseCell(b) : from;
    return this.getRangeByIndexes(from.row, from.col, to.row - from.row + 1, to.col - from.col + 1);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, () => {
      const s = this.resolveOrNull();
      return s ? (usedBox(s) ?? null) : null;
    });
  }
}

interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

class FakeRange {
  private box: Rect | null | undefined;
  private resolvedOnce = false;
  private loaded: {
    values?: FakeValue[][];
    numberFormat?: string[][];
    rowIndex?: number;
    columnIndex?: number;
    rowCount?: number;
    columnCount?: number;
    address?: string;
  } = {};
  readonly format: {
    columnWidth: number;
    wrapText: boolean;
    verticalAlignment: string;
    autofitRows: () => void;
    font: { bold: boolean };
    fill: { color: string };
  };
  readonly dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown };

  constructor(
    readonly ws: FakeWorksheet,
    private readonly resolver: () => Rect | null,
  ) {
    const ctx = ws.ctx;
    const each = (fn: (cell: FakeCell) => void): void => {
      const r = this.rect();
      const sheet = ws.sheet();
      const rows = Math.min(r.rows, 2000);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < r.cols; j++) fn(cellAt(sheet, r.r0 + i, r.c0 + j));
      }
    };
    this.format = {
      set columnWidth(points: number) {
        widthSetter(points);
      },
      get columnWidth(): number {
        return notLoaded("format.columnWidth");
      },
      set wrapText(value: boolean) {
        ctx.enqueue("range.format.wrapText", () => each((cell) => (cell.wrap = value)));
      },
      get wrapText(): boolean {
        return notLoaded("format.wrapText");
      },
      set verticalAlignment(_value: string) {
        ctx.enqueue("range.format.verticalAlignment", () => undefined);
      },
      get verticalAlignment(): string {
        return notLoaded("format.verticalAlignment");
      },
      autofitRows: () =>
        ctx.enqueue("range.format.autofitRows", () => {
          const r = this.rect();
          ws.sheet().autofitRows.push(`${r.r0}:${r.rows}`);
        }),
      font: {
        set bold(value: boolean) {
          ctx.enqueue("range.format.font.bold", () => each((cell) => (cell.bold = value)));
        },
        get bold(): boolean {
          return notLoaded("format.font.bold");
        },
      },
      fill: {
        set color(value: string) {
          ctx.enqueue("range.format.fill.color", () => each((cell) => (cell.fill = value)));
        },
        get color(): string {
          return notLoaded("format.fill.color");
        },
      },
    };
    const widthSetter = (points: number): void =>
      ctx.enqueue("range.format.columnWidth", () => {
        const r = this.rect();
        for (let j = 0; j < r.cols; j++) ws.sheet().columnWidths.set(r.c0 + j, points);
      });
    const validation = {
      rule: undefined as unknown,
      alert: undefined as unknown,
      prompt: undefined as unknown,
    };
    let queued = false;
    this.dataValidation = {
      set rule(rule: unknown) {
        validation.rule = rule;
        pushValidation();
      },
      set prompt(prompt: unknown) {
        validation.prompt = prompt;
        pushValidation();
      },
      get prompt(): unknown {
        return notLoaded("dataValidation.prompt");
      },
      get rule(): unknown {
        return notLoaded("dataValidation.rule");
      },
      set errorAlert(alert: unknown) {
        validation.alert = alert;
      },
      get errorAlert(): unknown {
        return notLoaded("dataValidation.errorAlert");
      },
    };
    // One validation per range, whichever of rule and prompt is set first; the others join it at the sync.
    const pushValidation = (): void => {
      if (queued) return;
      queued = true;
      ctx.enqueue("range.dataValidation", () => {
        const r = this.rect();
        const { rule, alert, prompt } = validation;
        ws.sheet().validations.push({ ...r, rule, alert, ...(prompt === undefined ? {} : { prompt }) });
      });
    };
  }

  /** The cells in both ranges (ExcelApi 1.4); a null object when they do not overlap. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ws, () => {
      const a = this.resolveOrNull();
      const b = other.resolveOrNull();
      if (!a || !b) return null;
      const r0 = Math.max(a.r0, b.r0);
      const c0 = Math.max(a.c0, b.c0);
      const rows = Math.min(a.r0 + a.rows, b.r0 + b.rows) - r0;
      const cols = Math.min(a.c0 + a.cols, b.c0 + b.cols) - c0;
      return rows > 0 && cols > 0 ? { r0, c0, rows, cols } : null;
    });
  }

  rect(): Rect {
    const r = this.resolveOrNull();
    if (!r) throw new FakeExcelError("ItemNotFound", "the range does not exist");
    return r;
  }

  private resolveOrNull(): Rect | null {
    if (this.box === undefined) this.box = this.resolver();
    this.resolvedOnce = true;
    return this.box;
  }

  get isNullObject(): boolean {
    if (!this.resolvedOnce) notLoaded("range.isNullObject");
    return this.box === null;
  }

  private assign(
    property: "values" | "formulas" | "numberFormat",
    data: readonly (readonly FakeValue[])[],
  ): void {
    const excel = this.ws.ctx.excel;
    this.ws.ctx.enqueue(
      `range.${property}`,
      () => {
        const r = this.rect();
        excel.assignments.push({
          sheet: this.ws.sheet().name,
          property,
          rangeRows: r.rows,
          rangeCols: r.cols,
          arrayRows: data.length,
          arrayCols: data.map((row) => row.length),
        });
        if (data.length !== r.rows || data.some((row) => row.length !== r.cols)) {
          throw new FakeExcelError(
            "InvalidArgument",
            `${property}: ${data.length}x${data[0]?.length ?? 0} array for a ${r.rows}x${r.cols} range`,
          );
        }
        const sheet = this.ws.sheet();
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = cellAt(sheet, r.r0 + i, r.c0 + j);
            if (property === "numberFormat") cell.format = String(v);
            else if (property === "formulas" && typeof v === "string" && v.startsWith("=")) {
              cell.formula = v;
              cell.value = v;
            } else {
              cell.formula = undefined;
              cell.value = v;
            }
          }),
        );
      },
      jsonBytes(data) + 100,
    );
  }

  set values(data: FakeValue[][]) {
    this.assign("values", data);
  }
  get values(): FakeValue[][] {
    return this.loaded.values ?? notLoaded("range.values");
  }
  set formulas(data: FakeValue[][]) {
    this.assign("formulas", data);
  }
  set numberFormat(data: string[][]) {
    this.assign("numberFormat", data);
  }
  get numberFormat(): string[][] {
    return this.loaded.numberFormat ?? notLoaded("range.numberFormat");
  }
  get rowIndex(): number {
    return this.loaded.rowIndex ?? notLoaded("range.rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.columnIndex ?? notLoaded("range.columnIndex");
  }
  get rowCount(): number {
    return this.loaded.rowCount ?? notLoaded("range.rowCount");
  }
  get address(): string {
    return this.loaded.address ?? notLoaded("range.address");
  }
  get columnCount(): number {
    return this.loaded.columnCount ?? notLoaded("range.columnCount");
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ws.ctx.enqueue(
      "range.hyperlink",
      () => {
        const r = this.rect();
        const cell = cellAt(this.ws.sheet(), r.r0, r.c0);
        cell.hyperlink = link;
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      },
      jsonBytes(link) + 100,
    );
  }

  load(props: string): void {
    this.ws.ctx.enqueue("range.load", () => {
      const r = this.resolveOrNull();
      if (!r) return;
      const sheet = this.ws.sheet();
      const excel = this.ws.ctx.excel;
      const wantsCells = props.includes("values") || props.includes("numberFormat");
      if (wantsCells) {
        const values: FakeValue[][] = [];
        const formats: string[][] = [];
        excel.cellReads.push(r.rows * r.cols);
        const overLimit = r.rows * r.cols > excel.cellReadLimit;
        // What Excel may answer over its limit: nulls, not an error (one shared row: the fake stays small).
        const nulls = overLimit ? (new Array<null>(r.cols).fill(null) as unknown as FakeValue[]) : [];
        for (let i = 0; i < r.rows; i++) {
          if (overLimit) {
            values.push(nulls);
            formats.push(nulls as unknown as string[]);
            continue;
          }
          const vr: FakeValue[] = [];
          const fr: string[] = [];
          for (let j = 0; j < r.cols; j++) {
            const cell = sheet.cells.get(key(r.r0 + i, r.c0 + j));
            const generated = sheet.generated;
            const inGenerated =
              generated !== undefined && r.r0 + i < generated.rows && r.c0 + j < generated.cols;
            const computed = cell?.formula === undefined ? undefined : calculated(sheet, cell.formula);
            vr.push(computed ?? cell?.value ?? (inGenerated ? generated.value(r.r0 + i, r.c0 + j) : ""));
            fr.push(cell?.format ?? "General");
          }
          values.push(vr);
          formats.push(fr);
        }
        if (props.includes("values")) this.loaded.values = values;
        if (props.includes("numberFormat")) this.loaded.numberFormat = formats;
        const bytes = (rows: unknown[][]): number => (overLimit ? r.rows * r.cols * 5 : jsonBytes(rows));
        if (props.includes("values")) excel.responseBytes += bytes(values);
        if (props.includes("numberFormat")) excel.responseBytes += bytes(formats);
      }
      if (props.includes("rowCount")) this.loaded.rowCount = r.rows;
      if (props.includes("columnCount")) this.loaded.columnCount = r.cols;
      if (props.includes("rowIndex")) this.loaded.rowIndex = r.r0;
      if (props.includes("columnIndex")) this.loaded.columnIndex = r.c0;
      if (props.includes("address"))
        this.loaded.address = `${sheet.name}!${a1(r.r0, r.c0)}:${a1(r.r0 + r.rows - 1, r.c0 + r.cols - 1)}`;
    });
  }

  set columnHidden(hidden: boolean) {
    this.ws.ctx.enqueue("range.columnHidden", () => {
      const r = this.rect();
      for (let j = 0; j < r.cols; j++) {
        if (hidden) this.ws.sheet().hiddenColumns.add(r.c0 + j);
        else this.ws.sheet().hiddenColumns.delete(r.c0 + j);
      }
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.ws, () => {
      const r = this.rect();
      return { r0: 0, c0: r.c0, rows: MAX_ROWS, cols: r.cols };
    });
  }

  select(): void {
    this.ws.ctx.enqueue("range.select", () => {
      const r = this.rect();
      const sheet = this.ws.sheet();
      if (this.ws.ctx.excel.active !== sheet.name) {
        throw new FakeExcelError("InvalidSelection", "select() on a sheet that is not active");
      }
      this.ws.ctx.excel.selection = { sheet: sheet.name, row: r.r0 + 1, col: r.c0 + 1 };
    });
  }
}

/** `A1` from 0-based indexes. */
function a1(r: number, c: number): string {
  let col = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${col}${r + 1}`;
}

/** 0-based column of an A1 column name. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * What Excel answers for the one formula the fake calculates: a scoring form's row total,
 * `=IF(COUNT(C8:H8)=0,"",SUM(C8:H8))`. Any other formula reads back as its text (undefined here).
 */
function calculated(sheet: FakeSheet, formula: string): FakeValue | undefined {
  const match = /^=IF\(COUNT\(([A-Z]+)(\d+):([A-Z]+)\d+\)=0,"",SUM\([A-Z]+\d+:[A-Z]+\d+\)\)$/.exec(formula);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const row = Number(match[2]) - 1;
  const numbers: number[] = [];
  for (let c = columnIndex(match[1]); c <= columnIndex(match[3]); c++) {
    const value = sheet.cells.get(key(row, c))?.value;
    if (typeof value === "number") numbers.push(value);
  }
  return numbers.length === 0 ? "" : numbers.reduce((a, b) => a + b, 0);
}

function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
  const k = key(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: "", format: "General" };
    sheet.cells.set(k, cell);
  }
  return cell;
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("worksheets.items");
  }

  load(props: string): void {
    this.ctx.enqueue("worksheets.load", () => {
      this.loadedItems = this.ctx.excel.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.ctx, () => s);
        proxy.snapshot(props);
        return proxy;
      });
    });
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "sheet not created yet");
      return created;
    });
    this.ctx.enqueue("worksheets.add", () => {
      created = this.ctx.excel.addSheet(name ?? `Sheet${this.ctx.excel.sheets.length + 1}`);
    });
    return proxy;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name) ?? null);
  }
}

class FakeTableProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => FakeTable,
    private readonly loaded: { name?: string; worksheet?: { name: string } } = {},
  ) {}
  get name(): string {
    return this.loaded.name ?? notLoaded("table.name");
  }
  set name(value: string) {
    this.ctx.enqueue("table.name", () => {
      const t = this.find();
      const clash = this.ctx.excel.tables.find(
        (o) => o !== t && o.name.toLowerCase() === value.toLowerCase(),
      );
      if (clash) throw new FakeExcelError("InvalidArgument", `table name ${value} is taken`);
      t.name = value;
    });
  }
  set style(value: string) {
    this.ctx.enqueue("table.style", () => (this.find().style = value));
  }
  get worksheet(): { name: string } {
    return this.loaded.worksheet ?? notLoaded("table.worksheet");
  }
  /** `table.rows.add(index, values)` at the table's end (the only use: appending scores to Оценки). */
  get rows(): { add: (index: number | undefined, values: FakeValue[][]) => void } {
    return {
      add: (_index, values) =>
        this.ctx.enqueue("table.rows.add", () => {
          const t = this.find();
          values.forEach((row, i) =>
            row.forEach((value, j) => {
              cellAt(t.sheet, t.r0 + t.rows + i, t.c0 + j).value = value;
            }),
          );
          t.rows += values.length;
        }),
    };
  }
  /** The table's whole range (header, data and a shown totals row). */
  getRange(): FakeRange {
    const ws = new FakeWorksheet(this.ctx, () => this.find().sheet);
    return new FakeRange(ws, () => {
      const t = this.find();
      return { r0: t.r0, c0: t.c0, rows: t.rows, cols: t.cols };
    });
  }
}

class FakeTables {
  private loadedItems: FakeTableProxy[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  get items(): FakeTableProxy[] {
    return this.loadedItems ?? notLoaded("tables.items");
  }
  load(_props: string): void {
    this.ctx.enqueue("tables.load", () => {
      this.loadedItems = this.ctx.excel.tables.map(
        (t) => new FakeTableProxy(this.ctx, () => t, { name: t.name, worksheet: { name: t.sheet.name } }),
      );
    });
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => {
      const t = this.ctx.excel.tables.find((o) => o.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`);
      return t;
    });
  }
}

class FakeSheetTables {
  constructor(private readonly ws: FakeWorksheet) {}
  add(range: FakeRange, _hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | undefined;
    const excel = this.ws.ctx.excel;
    this.ws.ctx.enqueue("tables.add", () => {
      const r = range.rect();
      const sheet = this.ws.sheet();
      const overlap = excel.tables.some(
        (t) =>
          t.sheet === sheet &&
          t.r0 < r.r0 + r.rows &&
          r.r0 < t.r0 + t.rows &&
          t.c0 < r.c0 + r.cols &&
          r.c0 < t.c0 + t.cols,
      );
      if (overlap) throw new FakeExcelError("InvalidOperation", "tables overlap");
      created = { name: `Table${excel.tables.length + 1}`, sheet, ...r, style: "TableStyleMedium2" };
      excel.tables.push(created);
    });
    return new FakeTableProxy(this.ws.ctx, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "table not created");
      return created;
    });
  }
}
