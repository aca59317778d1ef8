import type Decimal from "decimal.js";
import { sumMoney } from "../../core/money";
import type { Finding, GszInput, Member, RankingEntry } from "../../core/model";
import { ROLE_NAMES } from "../schema";
import { compareCodeUnits } from "../../core/text";

/**
 * What the protocol states, worked out from the input and the result (pure, no wording): each member's
 * scoring and recusals, the money per direction, the quorum and the ties the commission must settle.
 */

export interface MemberFacts {
  readonly member: Member;
  /** Applications with at least one number from this member. */
  readonly scored: readonly string[];
  /** Applications the member is recused from: column Отвод and recusal marks in Оценки. */
  readonly recused: readonly string[];
}

export interface DirectionFacts {
  readonly code: string;
  readonly name: string;
  readonly allocated: Decimal;
  readonly recommended: Decimal;
  readonly left: Decimal;
  readonly funded: number;
}

export interface TieFacts {
  readonly direction: string;
  readonly total: string;
  readonly applications: readonly string[];
}

function byNumber(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && x !== y ? x - y : compareCodeUnits(a, b);
}

export function memberFacts(input: GszInput): MemberFacts[] {
  return input.commission.map((member) => {
    const scored = new Set<string>();
    const recused = new Set(member.recusedFrom);
    for (const row of input.scores) {
      if (row.member !== member.name) continue;
      const cells = Object.values(row.scores);
      if (cells.some((c) => c.kind === "number")) scored.add(row.application);
      if (cells.some((c) => c.kind === "recused")) recused.add(row.application);
    }
    for (const id of recused) scored.delete(id);
    return { member, scored: [...scored].sort(byNumber), recused: [...recused].sort(byNumber) };
  });
}

/** 0 chair, 1 deputy, 2 secretary, 3 member or anything else: the order of the signature lines. */
export function roleRank(role: string): number {
  const text = role.trim().toLowerCase();
  const order = ["chair", "deputy", "secretary"] as const;
  const found = order.findIndex((key) => {
    const names = ROLE_NAMES[key];
    return [names.ru, names.en, names.ky].some((n) => n.toLowerCase() === text);
  });
  return found < 0 ? 3 : found;
}

export function directionFacts(input: GszInput, ranking: readonly RankingEntry[]): DirectionFacts[] {
  const seen = new Set<string>();
  return input.program.directions
    .filter((d) => (seen.has(d.code) ? false : (seen.add(d.code), true)))
    .map((d) => {
      const entries = ranking.filter((e) => e.direction === d.code);
      const recommended = sumMoney(entries.map((e) => e.recommended));
      return {
        code: d.code,
        name: d.name,
        allocated: d.allocated,
        recommended,
        left: d.allocated.minus(recommended),
        funded: entries.filter((e) => e.recommended.greaterThan(0)).length,
      };
    });
}

/** Applications whose number of scorers is below the quorum (none when no quorum is set). */
export function belowQuorum(quorum: number | undefined, ranking: readonly RankingEntry[]): string[] {
  if (quorum === undefined) return [];
  return ranking.filter((e) => e.scorers < quorum).map((e) => e.application);
}

/** The tie-at-funding-line findings grouped into one tie per direction and total, named, never resolved. */
export function tiesToSettle(findings: readonly Finding[]): TieFacts[] {
  const ties = new Map<string, { direction: string; total: string; applications: Set<string> }>();
  for (const f of findings) {
    if (f.rule !== "tie-at-funding-line" || !f.params) continue;
    const direction = String(f.params.direction ?? "");
    const total = String(f.params.total ?? "");
    const key = `${direction}\u0000${total}`;
    const tie = ties.get(key) ?? { direction, total, applications: new Set<string>() };
    tie.applications.add(String(f.params.application ?? ""));
    for (const other of String(f.params.tiedWith ?? "").split(",")) {
      if (other.trim()) tie.applications.add(other.trim());
    }
    ties.set(key, tie);
  }
  return [...ties.values()].map((t) => ({ ...t, applications: [...t.applications].sort(byNumber) }));
}
