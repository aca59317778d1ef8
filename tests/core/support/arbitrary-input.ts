import fc from "fast-check";
import type { GszInput } from "../../../src/core/model";
import {
  buildInput,
  type ApplicationSpec,
  type MemberSpec,
  type ScoreSpec,
  type ScoreSpecCell,
} from "../../support/build-input";

/**
 * Small random competitions for property tests: few applications, members and criteria, coarse
 * scores and a handful of grant sizes so that exact ties, straddling ties and recusals happen often.
 */
export const arbitraryInput: fc.Arbitrary<GszInput> = fc
  .record({
    appCount: fc.integer({ min: 1, max: 5 }),
    memberCount: fc.integer({ min: 1, max: 5 }),
    criterionCount: fc.integer({ min: 1, max: 2 }),
    aggregation: fc.constantFrom("mean" as const, "median" as const, "trimmed-mean" as const),
    tieBreak: fc.constantFrom("none" as const, "earlier-submission" as const),
    passScore: fc.option(fc.constantFrom("5", "10", "15"), { nil: undefined }),
    quorum: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
  })
  .map(({ appCount, memberCount, criterionCount, aggregation, tieBreak, passScore, quorum, seed }) => {
    // The details come from a small deterministic stream seeded by fast-check: generating them as
    // fast-check arrays costs more than the code under test.
    let state = seed;
    const next = (mod: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return (state >>> 8) % mod;
    };
    const criteria = Array.from({ length: criterionCount }, (_, i) => ({
      code: `K${i + 1}`,
      maxScore: 10,
      weight: [1, 2, "0.5"][next(3)] ?? 1,
      minScore: next(4) === 0 ? 3 : undefined,
    }));
    const applications: ApplicationSpec[] = Array.from({ length: appCount }, (_, i) => ({
      id: `A-${i + 1}`,
      direction: String(1 + next(2)),
      grant: ["40000", "50000", "60000", "90000"][next(4)] ?? "50000",
      localBudget: String(next(5) * 1000),
      organizationType: next(10) === 0 ? "профсоюз" : "ОФ",
      submitted: next(4) === 0 ? undefined : `2019-02-0${1 + next(3)}`,
    }));
    const members: MemberSpec[] = Array.from({ length: memberCount }, (_, i) => ({
      name: `M${i + 1}`,
      recusedFrom: applications.filter(() => next(6) === 0).map((a) => a.id),
    }));
    const scores: ScoreSpec[] = [];
    for (const member of members) {
      for (const application of applications) {
        if (next(8) === 0) continue;
        const cells: Record<string, ScoreSpecCell> = {};
        for (const criterion of criteria) {
          const roll = next(20);
          cells[criterion.code] = roll === 0 ? "missing" : roll === 1 ? "recused" : next(3) * 2 + 4;
        }
        scores.push({ member: member.name, application: application.id, scores: cells });
      }
    }
    return buildInput({
      program: {
        aggregation,
        tieBreak,
        passScore,
        quorum,
        divergenceThreshold: next(2) === 0 ? "2" : undefined,
      },
      directions: [
        { code: "1", allocated: "100000" },
        { code: "2", allocated: "150000", maxPerProject: "60000" },
      ],
      applications,
      criteria,
      commission: members,
      scores,
      contracts: [],
    });
  });

/** A random permutation of a list, driven by fast-check. */
export function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.item);
}
