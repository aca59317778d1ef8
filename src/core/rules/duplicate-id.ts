import type { CellAddress, Finding } from "../model";
import { finding } from "./finding";
import type { RuleContext } from "./types";

/** A record's identity and the cell that holds it. */
interface Keyed {
  readonly key: string;
  readonly shown: string;
  readonly cell?: CellAddress;
}

/** Ids compare as people read them: spaces trimmed and collapsed, letters case-insensitive. */
function normalize(id: string): string {
  return id.trim().replace(/\s+/g, " ").toUpperCase();
}

function duplicates(kind: string, items: readonly Keyed[]): Finding[] {
  const firstRow = new Map<string, number | undefined>();
  const found: Finding[] = [];
  for (const item of items) {
    if (item.key === "") continue;
    if (!firstRow.has(item.key)) {
      firstRow.set(item.key, item.cell?.row);
      continue;
    }
    const first = firstRow.get(item.key);
    found.push(
      finding("duplicate-id", "error", {
        address: item.cell,
        variant: kind,
        params: { id: item.shown, firstRow: first ?? "—" },
        actual: item.shown,
      }),
    );
  }
  return found;
}

/**
 * duplicate-id (error, at every repeated occurrence after the first; message key
 * `rules.duplicate-id.<kind>`): application numbers on Заявки (`application`), contract numbers on
 * Договоры (`contract`), criterion codes on Критерии (`criterion`), direction codes on Программа
 * (`direction`), member names on Комиссия (`member`), and (member, application) pairs on Оценки
 * (`score`, at the № заявки cell of the repeated row). Blank ids are not compared.
 */
export function duplicateId({ input }: RuleContext): Finding[] {
  const one = (id: string, cell?: CellAddress): Keyed => ({ key: normalize(id), shown: id, cell });
  return [
    ...duplicates(
      "direction",
      input.program.directions.map((d) => one(d.code, d.cells.code)),
    ),
    ...duplicates(
      "application",
      input.applications.map((a) => one(a.id, a.cells.id)),
    ),
    ...duplicates(
      "criterion",
      input.criteria.map((c) => one(c.code, c.cells.code)),
    ),
    ...duplicates(
      "member",
      input.commission.map((m) => one(m.name, m.cells.name)),
    ),
    ...duplicates(
      "score",
      input.scores.map((s) => ({
        key: `${normalize(s.member)}\u0000${normalize(s.application)}`,
        shown: `${s.member} / ${s.application}`,
        cell: s.cells.application,
      })),
    ),
    ...duplicates(
      "contract",
      input.contracts.map((c) => one(c.number, c.cells.number)),
    ),
  ];
}
