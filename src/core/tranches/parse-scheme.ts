import Decimal from "decimal.js";

export type ParsedScheme = { readonly ok: true; readonly percents: Decimal[] } | { readonly ok: false };

const PERCENT = /^\d+(?:\.\d+)?$/;

/**
 * Reads a tranche scheme as people type it: `50/30/20`, `100`, `50 / 50`, `50%/50%`,
 * `33.33/33.33/33.34` or with a decimal comma `33,33/33,33/33,34`; `;` also separates tranches.
 * Every part must be a positive number. Whether the parts sum to 100 is not checked here: that is a
 * finding (tranche-percent-sum) about a scheme that was read fine.
 */
export function parseScheme(text: string): ParsedScheme {
  // Trim around each part and its % sign only: a space inside a number ("50 50") is a typo, not 5050.
  const parts = text.split(/[/;]/).map((part) =>
    part
      .replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "")
      .replace(/[\s\u00a0]*%$/, "")
      .replace(",", "."),
  );
  if (parts.some((part) => !PERCENT.test(part))) return { ok: false };
  const percents = parts.map((part) => new Decimal(part));
  if (percents.some((p) => p.isZero())) return { ok: false };
  return { ok: true, percents };
}
