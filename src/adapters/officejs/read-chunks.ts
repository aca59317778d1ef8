import { isPayloadLimit } from "./errors";

/** A used range to read in row chunks: its sheet and its extent (0-based). */
export interface ChunkSource {
  readonly name: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ChunkLimits {
  /** Excel on the web: chunks are sized by bytes, its requests and responses being limited to 5 MB. */
  readonly web: boolean;
  /** Cells per request at most (well under Excel's 5 million per read). */
  readonly chunkCells: number;
  /** Excel on the web: estimated bytes of values and formats per response at most. */
  readonly chunkBytes: number;
  /** Excel on the web: bytes per cell (values and formats as JSON) assumed before any row is seen. */
  readonly cellBytesGuess: number;
}

/** Cells per chunk: a fifth of Excel's per-read limit. */
export const CHUNK_CELLS = 1_000_000;
/** Excel on the web: bytes per chunk response, well under its 5 MB limit. */
export const CHUNK_BYTES = 2_000_000;
/**
 * A conservative guess of one cell's JSON in a response (a value and its number format), before any is
 * seen: long texts and formats such as `#,##0.00 "сом"` come to ~60 bytes; the usual cell to ~20.
 */
export const CELL_BYTES_GUESS = 64;
/** Margin on the bytes per row measured so far, for rows still unseen. */
const MEASURE_MARGIN = 1.5;

/** Rows `first .. first + rows - 1` (0-based within the used range) of one source. */
interface Piece {
  readonly source: ChunkSource;
  readonly first: number;
  readonly rows: number;
}

export interface ChunkedValues {
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

const encoder = new TextEncoder();
const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v)).length;

/**
 * Reads the sources' rows in requests of at most `chunkCells` cells (and, on the web, about `chunkBytes`
 * bytes, estimated from the bytes per row already seen of that sheet or from `cellBytesGuess`). Small
 * sources share a request. A request refused as too large is tried again with half as many rows, down to
 * one row. Requests: about cells / chunkCells on desktop, bytes / chunkBytes on the web.
 */
export async function readPieces(
  context: Excel.RequestContext,
  sources: readonly ChunkSource[],
  limits: ChunkLimits,
): Promise<Map<ChunkSource, ChunkedValues>> {
  const out = new Map<ChunkSource, { values: unknown[][]; formats: unknown[][] }>();
  const next = new Map<ChunkSource, number>();
  const rowBytes = new Map<ChunkSource, number>();
  for (const s of sources) {
    out.set(s, { values: [], formats: [] });
    next.set(s, 0);
    rowBytes.set(s, s.columnCount * limits.cellBytesGuess);
  }
  let cellBudget = limits.chunkCells;
  let byteBudget = limits.web ? limits.chunkBytes : Infinity;

  // One request after another (recursively: their number is known only as rows are seen).
  const step = async (): Promise<void> => {
    const pieces = plan(sources, next, rowBytes, cellBudget, byteBudget);
    if (!pieces.length) return;
    const loads = pieces.map((p) => {
      const range = context.workbook.worksheets
        .getItem(p.source.name)
        .getRangeByIndexes(p.source.rowIndex + p.first, p.source.columnIndex, p.rows, p.source.columnCount);
      range.load("values,numberFormat");
      return { piece: p, range };
    });
    try {
      await context.sync();
    } catch (error) {
      const rows = pieces.reduce((n, p) => n + p.rows, 0);
      if (!isPayloadLimit(error) || rows <= 1) throw error;
      // Half the rows of the refused request, then go on at that size.
      const cells = pieces.reduce((n, p) => n + p.rows * p.source.columnCount, 0);
      const bytes = pieces.reduce((n, p) => n + p.rows * (rowBytes.get(p.source) ?? 0), 0);
      cellBudget = Math.max(1, Math.floor(cells / 2));
      byteBudget = Math.max(1, Math.floor(Math.min(bytes, byteBudget) / 2));
      return step();
    }
    for (const { piece, range } of loads) {
      const target = out.get(piece.source);
      if (!target) continue;
      // A loop, not push(...rows): a chunk may have more rows than a call may have arguments.
      for (const row of range.values) target.values.push(row);
      for (const row of range.numberFormat) target.formats.push(row);
      next.set(piece.source, piece.first + piece.rows);
      if (limits.web) {
        const measured = (jsonBytes(range.values) + jsonBytes(range.numberFormat)) / piece.rows;
        rowBytes.set(piece.source, Math.ceil(measured * MEASURE_MARGIN));
      }
    }
    return step();
  };
  await step();
  return out;
}

/**
 * The next request: rows of the first unfinished sources, within both budgets, at least one row. A source
 * may end the request part-way; the next request goes on from there.
 */
function plan(
  sources: readonly ChunkSource[],
  next: ReadonlyMap<ChunkSource, number>,
  rowBytes: ReadonlyMap<ChunkSource, number>,
  cellBudget: number,
  byteBudget: number,
): Piece[] {
  const pieces: Piece[] = [];
  let cells = 0;
  let bytes = 0;
  for (const source of sources) {
    const first = next.get(source) ?? 0;
    const remaining = source.rowCount - first;
    if (remaining <= 0) continue;
    const perRow = Math.max(1, rowBytes.get(source) ?? 1);
    const cols = Math.max(1, source.columnCount);
    let rows = Math.min(
      remaining,
      Math.floor((cellBudget - cells) / cols),
      Math.floor((byteBudget - bytes) / perRow),
    );
    if (rows < 1) {
      if (pieces.length) break;
      rows = 1;
    }
    pieces.push({ source, first, rows });
    cells += rows * cols;
    bytes += rows * perRow;
    if (rows < remaining) break;
  }
  return pieces;
}
