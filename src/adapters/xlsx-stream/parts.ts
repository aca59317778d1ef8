/** What one sheet adds to the package besides its own part. */
export interface ExtraPart {
  readonly path: string;
  readonly text: string;
}

export interface ContentOverride {
  readonly partName: string;
  readonly contentType: string;
}

/** Numbering shared by all sheets of one workbook (tables, drawings and charts are numbered per package). */
export class PartCounters {
  table = 1;
  drawing = 1;
  chart = 1;
  comments = 1;
}

export interface SheetParts {
  /** The sheet part's XML, made piece by piece as the zip writer asks for it. */
  readonly xml: Iterable<Uint8Array>;
  /** Tables, drawings, comments… and the sheet's relationships part (written after the sheet). */
  readonly parts: readonly ExtraPart[];
  readonly overrides: readonly ContentOverride[];
  /** `<definedName>` elements of the workbook (print titles). */
  readonly definedNames: readonly string[];
  /** Needs the `vml` default content type. */
  readonly vml: boolean;
}

/** Rows per encoded piece: large enough to be cheap, small enough that no piece is a large string. */
export const ROWS_PER_CHUNK = 1000;
