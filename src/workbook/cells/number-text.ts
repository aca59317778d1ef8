import Decimal from "decimal.js";

/** Why a text is not a number: not numeric at all, or `1,000` / `1.500` that reads two ways. */
export type NumberTextFailure = "format" | "ambiguous";

export type NumberText =
  { readonly ok: true; readonly value: Decimal } | { readonly ok: false; readonly reason: NumberTextFailure };

const PLAIN_DIGITS = /^\d+$/;

/** Decimals are immutable, so the small whole numbers (scores, counts, months) can be shared. */
const SMALL_INTEGERS: readonly Decimal[] = Array.from({ length: 1001 }, (_, i) => new Decimal(i));

/** A whole number below 10^15 (exact in binary) as a Decimal, shared when small. */
function wholeDecimal(n: number): Decimal {
  return n >= 0 && n < SMALL_INTEGERS.length ? (SMALL_INTEGERS[n] ?? new Decimal(n)) : new Decimal(n);
}

const SPACES = /[\u00A0\u202F\u2009\u2007\u2002\u2003]/g;
/** A currency written after the amount: `сом`, `сом.`, `сомов`, `с.`, `KGS`, `som`. */
const CURRENCY = /\s*(сомов|сом\.?|с\.|kgs|som)\s*$/i;
const MINUS = /^[-\u2212\u2013]\s*/;

function fail(reason: NumberTextFailure): NumberText {
  return { ok: false, reason };
}

/** Integer digits, either plain or grouped by threes with one separator (space, `'`, `,` or `.`). */
function integerDigits(text: string): string | undefined {
  if (text === "") return "0";
  if (/^\d+$/.test(text)) return text;
  const separator = text.replace(/\d/g, "")[0];
  if (separator === undefined) return undefined;
  const groups = text.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return undefined;
  if (!rest.every((group) => /^\d{3}$/.test(group))) return undefined;
  return groups.join("");
}

/**
 * Reads a number as people type it in Russian- and English-locale Excel, by string handling only:
 * `1 000 000,50` (spaces or no-break spaces between thousands, comma decimal), `1,000,000.50`,
 * `1.000.000,50`, `1000000.50`, a trailing currency, a leading minus or accounting parentheses.
 * A single separator followed by exactly three digits (`1,000`, `2.500`) is refused as ambiguous:
 * a silent factor of 1000 is worse than asking.
 */
export function parseNumberText(raw: string): NumberText {
  // Whole numbers typed as text (scores, counts in a text column) are most of a large Оценки.
  if (raw.length <= 15 && PLAIN_DIGITS.test(raw)) return { ok: true, value: wholeDecimal(Number(raw)) };
  let s = raw.replace(SPACES, " ").trim().replace(CURRENCY, "").trim();
  let negative = false;
  const parens = /^\((.*)\)$/.exec(s);
  if (parens) {
    negative = true;
    s = (parens[1] ?? "").trim();
  } else if (MINUS.test(s)) {
    negative = true;
    s = s.replace(MINUS, "");
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY, "").trim();
  if (!/\d/.test(s) || !/^[\d ,.']+$/.test(s)) return fail("format");

  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  let decimalAt = -1;
  if (commas > 0 && dots > 0) {
    decimalAt = Math.max(lastComma, lastDot);
    if ((decimalAt === lastComma ? commas : dots) !== 1) return fail("format");
  } else if (commas + dots === 1) {
    decimalAt = Math.max(lastComma, lastDot);
    const before = s.slice(0, decimalAt);
    const after = s.slice(decimalAt + 1);
    if (/^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after)) return fail("ambiguous");
  }
  const intText = decimalAt < 0 ? s : s.slice(0, decimalAt);
  const fracText = decimalAt < 0 ? "" : s.slice(decimalAt + 1);
  if (decimalAt >= 0 && !/^\d+$/.test(fracText)) return fail("format");
  const digits = integerDigits(intText.trim());
  if (digits === undefined) return fail("format");
  const text = fracText === "" ? digits : `${digits}.${fracText}`;
  const value = new Decimal(text);
  return { ok: true, value: negative && !value.isZero() ? value.negated() : value };
}

/**
 * A number that came from the workbook as a binary double: 15 significant digits (what Excel shows)
 * drop the float noise of formulas (0.1 + 0.2 → 0.3). Undefined for NaN and infinities.
 */
export function numberToDecimal(n: number): Decimal | undefined {
  if (!Number.isFinite(n)) return undefined;
  // Whole numbers below 10^15 are exact in binary and need no noise removal; building them from a
  // 15-digit string was most of the time spent reading a large Оценки sheet. -0 reads as 0 (index 0).
  if (Number.isInteger(n) && Math.abs(n) < 1e15) {
    return wholeDecimal(n);
  }
  return new Decimal(n.toPrecision(15));
}
