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
  // Finding a header row looks at every text cell of a sheet, and the same texts repeat thousands of
  // times (member names, application numbers): remember the answers, within a bound.
  const known = HEADER_MEMO.get(text);
  if (known !== undefined) return known;
  if (HEADER_MEMO.size >= HEADER_MEMO_LIMIT) HEADER_MEMO.clear();
  const normalized = normalizeHeaderText(text);
  HEADER_MEMO.set(text, normalized);
  return normalized;
}

const HEADER_MEMO = new Map<string, string>();
const HEADER_MEMO_LIMIT = 50_000;

function normalizeHeaderText(text: string): string {
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

/** Cyrillic letters that look exactly like Latin ones: `К1` typed on a Russian keyboard is `K1`. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
};

/**
 * A short code (criterion `K1`) as compared: `normalizeHeader`, then Cyrillic look-alikes folded
 * to Latin, because a code typed on a Russian keyboard in one sheet and a Latin one in the other
 * looks identical to a person.
 */
export function normalizeCode(text: string): string {
  return [...normalizeHeader(text)].map((ch) => LOOKALIKES[ch] ?? ch).join("");
}
