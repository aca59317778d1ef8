import { validSheetName } from "../port";

/** Characters no file system of Windows, macOS or Linux accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const BAD_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 100;

/** A file name stem for a person's name: unsafe characters as `_`, no dots or spaces at either end. */
export function fileStem(name: string): string {
  let stem = name.replace(BAD_FILE_CHARS, "_").replace(/\s+/g, " ");
  stem = stem.slice(0, MAX_STEM).replace(/^[\s.]+|[\s.]+$/g, "");
  if (stem === "" || /^_+$/.test(stem)) stem = "member";
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** The next free variant of `base` (`base (2)`, `base (3)` …) in `taken` (compared without case). */
function unique(base: string, taken: Set<string>, fits: (candidate: string) => string): string {
  let candidate = fits(base);
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = fits(`${base} (${n})`);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * One file name per member, in order: `<member>.xlsx`, sanitized for every file system, and never the
 * same name twice (compared without case, as Windows and macOS do): `Иванов.xlsx`, `Иванов (2).xlsx`.
 */
export function formFileNames(members: readonly string[]): string[] {
  const taken = new Set<string>();
  return members.map((member) => unique(fileStem(member), taken, (stem) => `${stem}.xlsx`));
}

/** A sheet name from any text: characters Excel refuses as `_`, at most 31 characters. */
export function sheetSafe(text: string, room = 31): string {
  let name = text
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  name = name
    .slice(0, room)
    .replace(/^'+|'+$/g, "")
    .trim();
  return validSheetName(name) ? name : "_";
}

/** `name (2)` cut so that the whole stays within 31 characters. */
function fitted(base: string): (candidate: string) => string {
  return (candidate) => {
    const suffix = candidate.slice(base.length);
    return `${sheetSafe(base, 31 - suffix.length)}${suffix}`;
  };
}

/**
 * One sheet name per member for forms written as sheets of the workbook: the member's name made a valid
 * sheet name, never equal (without case) to a sheet in `existing` or to another form's.
 */
export function formSheetNames(members: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return members.map((member) => unique(member, taken, fitted(member)));
}

/**
 * The sheet name a form read from a file is known by in addresses and in the results workbook: the
 * file's name (`Иванов.xlsx`), with the sheet's when the file holds several forms, unique among `taken`.
 */
export function formSourceName(
  file: string,
  sheet: string,
  severalInFile: boolean,
  taken: Set<string>,
): string {
  const base = severalInFile ? `${file} ${sheet}` : file;
  return unique(base, taken, fitted(base));
}
