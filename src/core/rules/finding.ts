import Decimal from "decimal.js";
import type { CellAddress, Finding, MessageParams, RuleId, Severity } from "../model";

/** What a rule knows about one discrepancy; `finding` turns it into a Finding. */
export interface FindingParts {
  readonly address?: CellAddress;
  /** Appended to the message key: `rules.<rule>.<variant>`. */
  readonly variant?: string;
  readonly params?: MessageParams;
  readonly expected?: string;
  readonly actual?: string;
}

/** A finding with the message key `rules.<rule>` or `rules.<rule>.<variant>`; empty fields are left out. */
export function finding(rule: RuleId, severity: Severity, parts: FindingParts): Finding {
  const message = parts.variant ? `rules.${rule}.${parts.variant}` : `rules.${rule}`;
  return {
    rule,
    severity,
    message,
    ...(parts.address ? { address: parts.address } : {}),
    ...(parts.params ? { params: parts.params } : {}),
    ...(parts.expected !== undefined ? { expected: parts.expected } : {}),
    ...(parts.actual !== undefined ? { actual: parts.actual } : {}),
  };
}

/** Som with 2 decimals ("250000.00"); amounts are in tyiyn already, so the half-up mode never bites. */
export function som(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * A percent with 2 decimals, rounded toward the side the rule is about, so that the shown value never
 * contradicts the finding: a share below a minimum is rounded down ("9.99", not "10.00"), a share over a
 * cap is rounded up ("50.01", not "50.00").
 */
export function percent(value: Decimal, side: "below" | "over"): string {
  return value.toFixed(2, side === "below" ? Decimal.ROUND_DOWN : Decimal.ROUND_UP);
}

/** `part` as a percent of `whole` (whole must not be zero). */
export function shareOf(part: Decimal, whole: Decimal): Decimal {
  return part.times(100).dividedBy(whole);
}
