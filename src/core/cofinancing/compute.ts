import type { Application, Cofinancing, GszInput } from "../model";
import { addSources, cofinancingFigures } from "./figures";

/**
 * Co-financing of every application (in input order), of every direction (in program order, then any
 * direction code the applications name that the program does not, sorted) and of the whole program.
 *
 * All applications count, not only the funded ones: the sheet shows what the competition mobilised and
 * this function needs no ranking. A direction without applications shows zeros.
 */
export function computeCofinancing(input: GszInput): Cofinancing {
  const applications = input.applications.map((a) => ({
    application: a.id,
    ...cofinancingFigures(a.sources),
  }));

  const byDirection = new Map<string, Application[]>();
  for (const direction of input.program.directions) byDirection.set(direction.code, []);
  const unknown: string[] = [];
  for (const application of input.applications) {
    let list = byDirection.get(application.direction);
    if (!list) {
      list = [];
      byDirection.set(application.direction, list);
      unknown.push(application.direction);
    }
    list.push(application);
  }
  const order = [...new Set([...input.program.directions.map((d) => d.code), ...unknown.sort()])];
  const directions = order.map((code) => ({
    direction: code,
    ...cofinancingFigures(addSources((byDirection.get(code) ?? []).map((a) => a.sources))),
  }));

  const program = cofinancingFigures(addSources(input.applications.map((a) => a.sources)));
  return { applications, directions, program };
}
