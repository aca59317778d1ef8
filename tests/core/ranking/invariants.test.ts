import Decimal from "decimal.js";
import fc from "fast-check";
import { computeCofinancing } from "../../../src/core/cofinancing";
import {
  SOURCE_KEYS,
  type Cofinancing,
  type CofinancingFigures,
  type Finding,
  type GszInput,
  type RankingEntry,
  type ScoreRow,
} from "../../../src/core/model";
import { rankAndRecommend } from "../../../src/core/ranking";
import { scoreApplications } from "../../../src/core/scoring";
import { arbitraryInput, shuffled } from "../support/arbitrary-input";

const RUNS = { numRuns: 10000 };

function entryText(e: RankingEntry): string {
  const criteria = Object.entries(e.criteria)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v.toString()}`);
  return [
    e.application,
    e.place,
    e.total,
    criteria,
    e.scorers,
    e.recusals,
    e.largestSpread,
    e.passes,
    e.recommended,
    e.status,
    JSON.stringify(e.reason),
  ].join("|");
}
const findingsText = (findings: readonly Finding[]): string[] =>
  findings.map((f) => JSON.stringify(f)).sort();

function run(input: GszInput) {
  const scoring = scoreApplications(input);
  const ranked = rankAndRecommend(input, scoring.scores);
  return { ranking: ranked.ranking, findings: [...scoring.findings, ...ranked.findings] };
}

describe("scoring and ranking invariants", () => {
  it("property: shuffling score rows, applications and members changes no result", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (input, keys) => {
        const mixed: GszInput = {
          ...input,
          scores: shuffled(input.scores, keys),
          applications: shuffled(input.applications, [...keys].reverse()),
          commission: shuffled(input.commission, keys.slice(1)),
        };
        const a = run(input);
        const b = run(mixed);
        const cofA = computeCofinancing(input, a.ranking);
        const cofB = computeCofinancing(mixed, b.ranking);
        const figures = (x: CofinancingFigures): string =>
          SOURCE_KEYS.map((k) => `${x.sources[k].toString()}/${x.shares[k].toString()}`).join() +
          `=${x.total.toString()}~${x.leverage?.toString() ?? "-"}`;
        const applications = (c: Cofinancing): string =>
          c.applications
            .map((x) => `${x.application}:${figures(x)}`)
            .sort()
            .join("\n");
        const rest = (c: Cofinancing): string =>
          [
            ...c.directions.map((x) => `${x.direction}:${figures(x)}`),
            figures(c.program),
            ...c.directionsSubmitted.map((x) => `${x.direction}:${figures(x)}`),
            figures(c.programSubmitted),
          ].join("\n");
        return (
          a.ranking.map(entryText).join("\n") === b.ranking.map(entryText).join("\n") &&
          findingsText(a.findings).join("\n") === findingsText(b.findings).join("\n") &&
          applications(cofA) === applications(cofB) &&
          rest(cofA) === rest(cofB)
        );
      }),
      RUNS,
    );
  });

  it("property: adding scores from a recused member changes nothing but recused-but-scored findings", () => {
    fc.assert(
      fc.property(
        arbitraryInput,
        fc.nat(),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
        (input, pick, values) => {
          const recusals = input.commission.flatMap((m) =>
            m.recusedFrom.map((application) => ({ member: m.name, application })),
          );
          fc.pre(recusals.length > 0 && input.scores.length > 0);
          const chosen = recusals[pick % recusals.length];
          if (!chosen) return false;
          const extra: ScoreRow = {
            member: chosen.member,
            application: chosen.application,
            scores: Object.fromEntries(
              input.criteria.map((c, i) => [
                c.code,
                { kind: "number" as const, value: new Decimal(values[i] ?? 5) },
              ]),
            ),
            comment: "",
            cells: {},
            scoreCells: {},
          };
          const a = run(input);
          const b = run({ ...input, scores: [...input.scores, extra] });
          const others = (f: readonly Finding[]) =>
            findingsText(f.filter((x) => x.rule !== "recused-but-scored"));
          return (
            a.ranking.map(entryText).join("\n") === b.ranking.map(entryText).join("\n") &&
            others(a.findings).join("\n") === others(b.findings).join("\n")
          );
        },
      ),
      RUNS,
    );
  });

  it("property: raising one score of an application never lowers its place", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.nat(), fc.integer({ min: 1, max: 10 }), (input, pick, raise) => {
        const cells = input.scores.flatMap((row, r) =>
          Object.entries(row.scores).flatMap(([code, cell]) =>
            cell.kind === "number" ? [{ r, code, value: cell.value }] : [],
          ),
        );
        fc.pre(cells.length > 0);
        const target = cells[pick % cells.length];
        if (!target) return false;
        const raised = Decimal.min(target.value.plus(raise), 10);
        const scores = input.scores.map((row, r) =>
          r === target.r
            ? { ...row, scores: { ...row.scores, [target.code]: { kind: "number" as const, value: raised } } }
            : row,
        );
        const application = input.scores[target.r]?.application;
        const before = run(input).ranking.find((e) => e.application === application)?.place;
        const after = run({ ...input, scores }).ranking.find((e) => e.application === application)?.place;
        return before === undefined || (after !== undefined && after <= before);
      }),
      RUNS,
    );
  });
});
