import type { Application, Finding, ProgramField, SourceKey } from "../model";
import { sumMoney } from "../money";
import { finding, som } from "./finding";
import type { RuleContext } from "./types";

type PlannedSource = Exclude<SourceKey, "grant">;

const PLAN_CELL: Readonly<Record<PlannedSource, ProgramField>> = {
  localBudget: "planLocalBudget",
  community: "planCommunity",
  ngo: "planNgo",
  other: "planOther",
};

/**
 * The applications whose money will flow: the funded ones once the commission has scored (some ranking
 * entry has a place), otherwise — before scoring, or in a workbook used only for budgets — all of them.
 */
function countedApplications({ input, computed, lookup }: RuleContext): readonly Application[] {
  const scored = computed.ranking.some((entry) => entry.place !== undefined);
  if (!scored) return input.applications;
  return input.applications.filter((a) => lookup.ranking(a.id)?.status === "funded");
}

/**
 * source-vs-plan, at the program's План cell of the source, for each non-grant source whose plan is set:
 * the program-wide total of that source over the counted applications (see countedApplications) differs
 * from the plan. Below plan: warning (planned co-financing is not there). Above plan: for the local
 * budget a warning too (the municipality would pay more of its own money than the council planned), for
 * community / NGO / other an info (more was mobilised). Exactly the plan is silent, and so is a workbook
 * without applications yet. Message keys name the source: `rules.source-vs-plan.<source>` below plan,
 * `rules.source-vs-plan.<source>.above` above it.
 */
export function sourceVsPlan(context: RuleContext): Finding[] {
  const { program } = context.input;
  if (context.input.applications.length === 0) return [];
  const applications = countedApplications(context);
  const found: Finding[] = [];
  for (const key of Object.keys(PLAN_CELL) as PlannedSource[]) {
    const plan = program.plan[key];
    if (plan === undefined) continue;
    const actual = sumMoney(applications.map((a) => a.sources[key]));
    const comparison = actual.comparedTo(plan);
    if (comparison === 0) continue;
    const above = comparison > 0;
    found.push(
      finding("source-vs-plan", above && key !== "localBudget" ? "info" : "warning", {
        address: program.cells[PLAN_CELL[key]],
        variant: above ? `${key}.above` : key,
        params: { source: key, plan: som(plan), total: som(actual), applications: applications.length },
        expected: som(plan),
        actual: som(actual),
      }),
    );
  }
  return found;
}
