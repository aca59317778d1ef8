import type { Application, Direction, GszInput, RankingEntry } from "../model";

/**
 * Index of the records rules refer to by number. With duplicate numbers (duplicate-id) the first row
 * wins, which is also what a person reading top-down sees first.
 */
export interface Lookup {
  readonly application: (id: string) => Application | undefined;
  readonly direction: (code: string) => Direction | undefined;
  readonly ranking: (application: string) => RankingEntry | undefined;
}

function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** The lookup of one run: applications and directions of the input, entries of the computed ranking. */
export function makeLookup(input: GszInput, ranking: readonly RankingEntry[]): Lookup {
  const applications = firstBy(input.applications, (a) => a.id);
  const directions = firstBy(input.program.directions, (d) => d.code);
  const entries = firstBy(ranking, (e) => e.application);
  return {
    application: (id) => applications.get(id),
    direction: (code) => directions.get(code),
    ranking: (application) => entries.get(application),
  };
}
