import type { Finding } from "../model";
import { finding } from "./finding";
import type { RuleContext } from "./types";

/**
 * direction-unknown (error, Заявки Направление): an application names a direction the program does not
 * have, so it can be neither ranked against an allocation nor funded.
 */
export function directionUnknown({ input, lookup }: RuleContext): Finding[] {
  return input.applications
    .filter((application) => lookup.direction(application.direction) === undefined)
    .map((application) =>
      finding("direction-unknown", "error", {
        address: application.cells.direction,
        params: { application: application.id, direction: application.direction },
        actual: application.direction,
      }),
    );
}

/**
 * application-unknown (error): a budget line (Смета №), a contract (Договоры №) or a score row (Оценки №)
 * refers to an application number that is not on Заявки; its money or score would silently count nowhere.
 */
export function applicationUnknown({ input, lookup }: RuleContext): Finding[] {
  const unknown = (id: string): boolean => lookup.application(id) === undefined;
  const found: Finding[] = [];
  for (const line of input.budgetLines.filter((l) => unknown(l.application))) {
    found.push(
      finding("application-unknown", "error", {
        address: line.cells.application,
        variant: "budget",
        params: { application: line.application },
        actual: line.application,
      }),
    );
  }
  for (const contract of input.contracts.filter((c) => unknown(c.application))) {
    found.push(
      finding("application-unknown", "error", {
        address: contract.cells.application,
        variant: "contract",
        params: { application: contract.application, contract: contract.number },
        actual: contract.application,
      }),
    );
  }
  for (const row of input.scores.filter((s) => unknown(s.application))) {
    found.push(
      finding("application-unknown", "error", {
        address: row.cells.application,
        variant: "score",
        params: { application: row.application, member: row.member },
        actual: row.application,
      }),
    );
  }
  return found;
}

/**
 * member-unknown (error, Оценки Член комиссии): a score row by someone who is not on Комиссия — a typo in
 * the name, or scores by a person who may not score; either way recusals cannot be checked for them.
 */
export function memberUnknown({ input }: RuleContext): Finding[] {
  const members = new Set(input.commission.map((m) => m.name));
  return input.scores
    .filter((row) => !members.has(row.member))
    .map((row) =>
      finding("member-unknown", "error", {
        address: row.cells.member,
        params: { member: row.member, application: row.application },
        actual: row.member,
      }),
    );
}
