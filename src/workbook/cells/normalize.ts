/** Spaces people paste from Word and the web: no-break, narrow no-break, thin, figure. */
const ODD_SPACES = /[\u00A0\u202F\u2009\u2007\u2002\u2003\t\r\n]/g;

/** Lower case, ё = е, every kind of space one space, trimmed: how vocabulary words are compared. */
export function normalizeWord(text: string): string {
  return text.replace(ODD_SPACES, " ").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** A trailing unit that does not change what a column is: ", сом", "(сом)", "(%)", ", %", "(KGS)". */
const TRAILING_UNIT = /\s*,?\s*(%|сом|сомов|som|kgs)\s*$/;
const TRAILING_PARENS = /\s*\([^()]*\)\s*$/;

/**
 * A header or parameter key as compared: `normalizeWord`, then a trailing unit or parenthesised note
 * dropped, dots, colons and asterisks (required marks) ignored, and `№`, `No`, `#` all read as `№`.
 */
export function normalizeHeader(text: string): string {
  let s = normalizeWord(text);
  for (let previous = ""; previous !== s;) {
    previous = s;
    s = s.replace(TRAILING_PARENS, "").replace(TRAILING_UNIT, "");
  }
  s = s.replace(/[.:*]/g, " ").replace(/[№#]/g, " № ");
  s = s.replace(/\s+/g, " ").trim();
  return s
    .split(" ")
    .map((word) => (word === "no" || word === "n°" || word === "nr" ? "№" : word))
    .join(" ");
}
