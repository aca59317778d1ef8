import type { Application, Cofinancing, CofinancingFigures, GszInput, RankingEntry } from "../model";
import { addSources, cofinancingFigures } from "./figures";

type DirectionFigures = CofinancingFigures & { readonly direction: string };

/** Every direction (program order, then codes the applications name that the program does not, sorted). */
function byDirection(input: GszInput, applications: readonly Application[]): DirectionFigures[] {
  const lists = new Map<string, Application[]>();
  for (const direction of input.program.directions) lists.set(direction.code, []);
  const unknown = new Set<string>();
  for (const application of input.applications) {
    if (!lists.has(application.direction)) unknown.add(application.direction);
  }
  for (const code of unknown) lists.set(code, []);
  for (const application of applications) lists.get(application.direction)?.push(application);
  const order = [...new Set([...input.program.directions.map((d) => d.code), ...[...unknown].sort()])];
  return order.map((code) => ({
    direction: code,
    ...cofinancingFigures(addSources((lists.get(code) ?? []).map((a) => a.sources))),
  }));
}

/**
 * Co-financing of every application (in input order), of every direction and of the whole program
 * (WORKBOOK.md, "Co-financing shares").
 *
 * Per direction and for the program the figures are over the FUNDED applications (status `funded` in
 * `ranking`): what the program actually finances, so the grant line never exceeds what the ranking
 * recommends. The same figures over every submitted application are `directionsSubmitted` and
 * `programSubmitted` (what the competition mobilised). A direction without applications shows zeros;
 * the list of directions is the same in both.
 */
export function computeCofinancing(input: GszInput, ranking: readonly RankingEntry[]): Cofinancing {
  const applications = input.applications.map((a) => ({
    application: a.id,
    ...cofinancingFigures(a.sources),
  }));
  const fundedIds = new Set(ranking.filter((e) => e.status === "funded").map((e) => e.application));
  const funded = input.applications.filter((a) => fundedIds.has(a.id));
  return {
    applications,
    directions: byDirection(input, funded),
    program: cofinancingFigures(addSources(funded.map((a) => a.sources))),
    directionsSubmitted: byDirection(input, input.applications),
    programSubmitted: cofinancingFigures(addSources(input.applications.map((a) => a.sources))),
  };
}
