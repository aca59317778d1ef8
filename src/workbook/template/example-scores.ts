import type { ExampleApplication } from "./example-data";

/**
 * Member m's offset from the base score on criterion k: 0, +1 or −1, each three times among nine
 * members, so the mean equals the base and the spread (2) stays under the divergence threshold.
 */
export function scoreOffset(member: number, criterion: number): number {
  return [0, 1, -1][(member + criterion) % 3] ?? 0;
}

/** The score member m gives application `app` on criterion k. */
export function exampleScore(app: ExampleApplication, member: number, criterion: number): number {
  return (app.scores[criterion] ?? 0) + scoreOffset(member, criterion);
}
