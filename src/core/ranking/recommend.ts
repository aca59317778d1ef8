import type Decimal from "decimal.js";
import type { Application, TieBreak } from "../model";
import { compareDecimals, sumMoney } from "../money";
import { commonNumerators, type Fraction } from "../scoring";
import { compareCodeUnits } from "../text";

/** An application that passes and is eligible, competing for its direction's money. */
export interface Candidate {
  readonly application: Application;
  readonly total: Fraction;
}

export interface DirectionOutcome {
  /** Application ids recommended for their requested grant. */
  readonly funded: ReadonlySet<string>;
  /** Tied applications straddling the funding line, each with the others it is tied with. */
  readonly straddling: readonly {
    readonly application: Application;
    readonly tiedWith: readonly string[];
    readonly datesMissing: boolean;
  }[];
  /** What was left in the direction when each application's turn came (absent: funding had stopped). */
  readonly left: ReadonlyMap<string, Decimal>;
  /** The tied applications funding stopped at (empty when it did not stop). */
  readonly stoppedAt: readonly string[];
}

/** Groups of exactly equal totals, best first; inside a group by id so the result never depends on input order. */
function tieGroups(candidates: readonly Candidate[]): Candidate[][] {
  const keys = commonNumerators(candidates.map((c) => c.total));
  const sorted = candidates.map((candidate, i) => ({ candidate, key: keys[i] as Decimal }));
  sorted.sort(
    (a, b) =>
      compareDecimals(b.key, a.key) || compareIds(a.candidate.application.id, b.candidate.application.id),
  );
  const groups: Candidate[][] = [];
  let previous: Decimal | undefined;
  for (const { candidate, key } of sorted) {
    const last = groups[groups.length - 1];
    if (last && previous && compareDecimals(previous, key) === 0) last.push(candidate);
    else groups.push([candidate]);
    previous = key;
  }
  return groups;
}

const NATURAL = new Intl.Collator("en", { numeric: true });

/** Natural order of application numbers (A-2 before A-10); code-unit order settles what it calls equal. */
export function compareIds(a: string, b: string): number {
  return NATURAL.compare(a, b) || compareCodeUnits(a, b);
}

/** Splits a tie group by submission date (earlier first) when every member has one. */
function bySubmission(group: readonly Candidate[]): Candidate[][] | undefined {
  if (group.some((c) => c.application.submitted === undefined)) return undefined;
  const sorted = [...group].sort(
    (a, b) =>
      compareCodeUnits(a.application.submitted ?? "", b.application.submitted ?? "") ||
      compareIds(a.application.id, b.application.id),
  );
  const groups: Candidate[][] = [];
  for (const candidate of sorted) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && head.application.submitted === candidate.application.submitted) last.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

/**
 * Recommends within one direction, best first, each application for its requested grant while the
 * remaining allocation covers it. An application that does not fit is reserve and the next ones are
 * still tried: a smaller request further down that fits is funded ("while the remaining allocation
 * covers it", read application by application).
 *
 * Ties (equal exact totals): members whose request alone exceeds what is left are reserve whatever the
 * order. If the others fit together, they are all funded. If they do not, the tie straddles the funding
 * line — who is funded would depend on an order the scores do not give — and the engine does not pick
 * for the commission: those members are reserve and flagged, and funding in the direction stops there,
 * since whatever the commission decides changes what is left for the applications below. With the
 * tie-break "earlier submission" the earlier `submitted` date goes first; if any of them has no date the
 * tie stays unbroken and flagged.
 */
export function recommendInDirection(
  candidates: readonly Candidate[],
  allocated: Decimal,
  tieBreak: TieBreak,
): DirectionOutcome {
  const funded = new Set<string>();
  const straddling: DirectionOutcome["straddling"][number][] = [];
  const left = new Map<string, Decimal>();
  let remaining = allocated;
  let stopped = false;

  const place = (group: readonly Candidate[]): void => {
    if (stopped) return;
    for (const c of group) left.set(c.application.id, remaining);
    // Those that do not fit on their own are reserve in any order; among the others, the order inside
    // the tie matters only if they do not all fit together.
    const fitting = group.filter((c) => c.application.sources.grant.lessThanOrEqualTo(remaining));
    const sum = sumMoney(fitting.map((c) => c.application.sources.grant));
    if (sum.lessThanOrEqualTo(remaining)) {
      for (const c of fitting) funded.add(c.application.id);
      remaining = remaining.minus(sum);
      return;
    }
    let datesMissing = false;
    if (tieBreak === "earlier-submission") {
      const split = bySubmission(fitting);
      if (split === undefined) datesMissing = true;
      else if (split.length > 1) {
        // Each date is its own group (one of equal dates is still a tie), earliest first.
        for (const sub of split) place(sub);
        return;
      }
    }
    const ids = fitting.map((c) => c.application.id);
    for (const c of fitting) {
      straddling.push({
        application: c.application,
        tiedWith: ids.filter((id) => id !== c.application.id),
        datesMissing,
      });
    }
    stopped = true;
  };

  for (const group of tieGroups(candidates)) place(group);
  return { funded, straddling, left, stoppedAt: straddling.map((s) => s.application.id) };
}
