import type { Lang } from "../../i18n";
import { LANGS } from "../../i18n";
import { normalizeWord } from "../cells/normalize";
import { INPUT_SHEET_KINDS, type InputSheetKind } from "../schema/types";
import { SHEETS } from "../schema/names";

/** An input sheet present in a workbook: its kind, its actual name, and the language of that name. */
export interface FoundSheet {
  readonly kind: InputSheetKind;
  readonly name: string;
  readonly lang: Lang;
}

/** The languages in which a sheet name names an input sheet of this kind (case and spaces ignored). */
function languagesOf(kind: InputSheetKind, name: string): Lang[] {
  const spec = SHEETS[kind].name;
  const wanted = normalizeWord(name);
  const langs = LANGS.filter((lang) => normalizeWord(spec[lang]) === wanted);
  if (langs.length === 0 && (spec.aliases ?? []).some((alias) => normalizeWord(alias) === wanted)) {
    return ["en"];
  }
  return langs;
}

/** The kind of input sheet a name is, in any language; undefined for any other sheet. */
export function inputSheetKind(name: string): InputSheetKind | undefined {
  return INPUT_SHEET_KINDS.find((kind) => languagesOf(kind, name).length > 0);
}

/**
 * Whether a sheet name names an input sheet in any language, even a second one of the same kind:
 * such a sheet is people's input, and output writers must never replace it.
 */
export function isInputSheetName(name: string): boolean {
  return inputSheetKind(name) !== undefined;
}

/**
 * The input sheets of a workbook, by kind. When two sheets name the same kind (`Заявки` and
 * `Applications`), the first in workbook order is read (and a filled second one is a problem). `prefer` settles names shared by languages
 * (Программа is Russian and Kyrgyz).
 */
export function locateInputSheets(
  names: readonly string[],
  prefer: Lang = "ru",
): Partial<Record<InputSheetKind, FoundSheet>> {
  const found: Partial<Record<InputSheetKind, FoundSheet>> = {};
  for (const name of names) {
    const kind = inputSheetKind(name);
    if (kind === undefined || found[kind]) continue;
    const langs = languagesOf(kind, name);
    const lang = langs.includes(prefer) ? prefer : (langs[0] ?? prefer);
    found[kind] = { kind, name, lang };
  }
  return found;
}

/** A second (third…) sheet naming an input kind already named by an earlier sheet (`first`). */
export interface DuplicateSheet {
  readonly kind: InputSheetKind;
  readonly name: string;
  readonly first: string;
}

/**
 * The sheets that name an input kind already named by an earlier sheet, in workbook order. Only the
 * first is read: a filled duplicate is a problem (see parseInput), an empty one is ignored.
 */
export function duplicateInputSheets(names: readonly string[]): readonly DuplicateSheet[] {
  const first = new Map<InputSheetKind, string>();
  const duplicates: DuplicateSheet[] = [];
  for (const name of names) {
    const kind = inputSheetKind(name);
    if (kind === undefined) continue;
    const earlier = first.get(kind);
    if (earlier === undefined) first.set(kind, name);
    else duplicates.push({ kind, name, first: earlier });
  }
  return duplicates;
}

/**
 * The actual names of the input sheets present, in workbook order: what outputs must never overwrite
 * and what the fingerprint covers.
 */
export function inputSheetNames(names: readonly string[]): readonly string[] {
  const located = Object.values(locateInputSheets(names)).map((sheet) => sheet.name);
  return names.filter((name) => located.includes(name));
}
