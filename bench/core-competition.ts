/**
 * A synthetic competition for benchmarks: `applications` applications in 5 directions, a commission
 * of `members` members who all score every application on `criteria` criteria (0–10 in half points,
 * each member within ±2 of the application's merit, so spreads stay under the divergence threshold as
 * in a commission that agrees), one member recused from every 50th application. Deterministic (a fixed linear congruential stream),
 * so runs are comparable.
 */
import Decimal from "decimal.js";
import type { Application, Criterion, GszInput, Member, ScoreCell, ScoreRow } from "../src/core/model";

export interface CompetitionSize {
  readonly applications: number;
  readonly members: number;
  readonly criteria: number;
}

export function syntheticCompetition(size: CompetitionSize): GszInput {
  let state = 12345;
  const next = (mod: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % mod;
  };
  // Score cells are shared between rows (one per value): the input of 20 000 applications is 3 million
  // cells, and the bench should measure the engine, not the garbage collector tracing its input.
  const halves: ScoreCell[] = Array.from({ length: 21 }, (_, i) => ({
    kind: "number",
    value: new Decimal(i).dividedBy(2),
  }));
  const recusal: ScoreCell = { kind: "recused" };
  const zero = new Decimal(0);
  const directions = Array.from({ length: 5 }, (_, i) => ({
    code: String(i + 1),
    name: `Direction ${i + 1}`,
    allocated: new Decimal(size.applications * 20000),
    cells: {},
  }));
  const criteria: Criterion[] = Array.from({ length: size.criteria }, (_, i) => ({
    code: `K${i + 1}`,
    name: `Criterion ${i + 1}`,
    maxScore: new Decimal(10),
    weight: new Decimal(1 + (i % 3)),
    cells: {},
  }));
  const applications: Application[] = Array.from({ length: size.applications }, (_, i) => ({
    id: `A-${i + 1}`,
    organization: `NGO ${i + 1}`,
    organizationType: "ОФ",
    direction: String(1 + (i % 5)),
    project: `Project ${i + 1}`,
    sources: {
      grant: new Decimal(50000 + next(20) * 5000),
      localBudget: new Decimal(next(20) * 1000),
      community: new Decimal(next(10) * 500),
      ngo: new Decimal(next(10) * 700),
      other: zero,
    },
    submitted: `2019-02-${String(1 + next(28)).padStart(2, "0")}`,
    cells: { id: { sheet: "Заявки", row: i + 2, col: 1 } },
  }));
  const commission: Member[] = Array.from({ length: size.members }, (_, m) => ({
    name: `Member ${m + 1}`,
    role: "член",
    recusedFrom: applications.filter((_, i) => i % 50 === m).map((a) => a.id),
    cells: {},
  }));
  const merit = applications.map(() => 8 + next(9)); // in half points: 4.0 … 8.0
  const scores: ScoreRow[] = [];
  for (const member of commission) {
    for (const [a, application] of applications.entries()) {
      const cells: Record<string, ScoreCell> = {};
      const recused = a % 50 === commission.indexOf(member);
      for (const criterion of criteria) {
        cells[criterion.code] = recused ? recusal : (halves[(merit[a] ?? 10) - 2 + next(5)] ?? recusal);
      }
      scores.push({
        member: member.name,
        application: application.id,
        scores: cells,
        comment: "",
        cells: {},
        scoreCells: {},
      });
    }
  }
  return {
    program: {
      municipality: "Bench",
      name: "Bench",
      year: 2019,
      start: "2019-01-01",
      end: "2019-12-31",
      budget: new Decimal(size.applications * 100000),
      plan: {},
      passScore: new Decimal(60),
      aggregation: "trimmed-mean",
      quorum: 7,
      tieBreak: "none",
      trancheScheme: [new Decimal(100)],
      trancheRounding: new Decimal("0.01"),
      directions,
      cells: {},
    },
    applications,
    budgetLines: [],
    criteria,
    commission,
    scores,
    contracts: [],
  };
}
