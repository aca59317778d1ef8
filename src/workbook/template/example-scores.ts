import { EXAMPLE_MEMBERS, type ExampleApplication } from "./example-data";

/**
 * The even dealing of a criterion's scores: member m's offset from the base score on criterion k is 0, +1
 * or −1, each three times among nine members, so the mean, the median and the trimmed mean equal the base
 * and the spread (2) stays under the divergence threshold. Over the six criteria every member gets each
 * offset twice: dealt this way alone, all members would give an application the same total.
 */
export function scoreOffset(member: number, criterion: number): number {
  return [0, 1, -1][(member + criterion) % 3] ?? 0;
}

/**
 * How many criteria of each application the members argued about (counted from criterion `id mod 6`
 * onwards, round the six). On those the same offsets are dealt again, the +1s to the members who liked the
 * project more and the −1s to those who liked it less, so their totals part; on applications 4 and 8 the
 * commission agreed. Each criterion keeps its list of scores, only who gave which changes: every aggregate,
 * spread and finding stays that of the even dealing.
 */
const CONTESTED: Readonly<Record<number, number>> = { 1: 2, 2: 1, 3: 3, 4: 0, 5: 4, 6: 1, 7: 2, 8: 0, 9: 3 };

/** A member's liking of an application, as a rank (0 liked it most): a shuffle, 4 and 9 being coprime. */
function liking(application: number, member: number): number {
  return (member * 4 + application * 7) % 9;
}

function contested(app: ExampleApplication, criterion: number): boolean {
  return (criterion - (app.id % 6) + 6) % 6 < (CONTESTED[app.id] ?? 0);
}

/** Member m's offset from the base score of `app` on criterion k. */
export function memberOffset(app: ExampleApplication, member: number, criterion: number): number {
  if (!contested(app, criterion)) return scoreOffset(member, criterion);
  const present = EXAMPLE_MEMBERS.flatMap((m, i) => (m.recusedFrom === app.id ? [] : [i]));
  const offsets = present.map((m) => scoreOffset(m, criterion)).sort((a, b) => b - a);
  const byLiking = [...present].sort((a, b) => liking(app.id, a) - liking(app.id, b));
  return offsets[byLiking.indexOf(member)] ?? 0;
}

/** The score member m gives application `app` on criterion k. */
export function exampleScore(app: ExampleApplication, member: number, criterion: number): number {
  return (app.scores[criterion] ?? 0) + memberOffset(app, member, criterion);
}
