import Decimal from "decimal.js";
import { sumMoney } from "../../core/money";
import { shownTotal, totalDecimals } from "../../core/ranking";
import type { GszInput, GszResult, MessageParams } from "../../core/model";
import { formatDecimalText, translate } from "../../i18n";
import type { SheetLayout, WriteValue } from "../port";
import { num } from "./cells";
import { reasonText } from "./discrepancies";
import { outputSheetName } from "./names";
import { PLACE_FORMAT } from "./ranking";
import { belowQuorum, directionFacts, memberFacts, roleRank, tiesToSettle } from "./protocol-facts";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";
import { isoToDotted } from "../cells/dates";

/** A place for the signature. */
const SIGNATURE_LINE = "______________________";

/**
 * The Протокол sheet: the commission's protocol, ready to print and sign (WORKBOOK.md "Output sheets").
 * Not Excel tables but a document in eight columns that every section shares: the head (municipality,
 * program, meeting date, quorum), 1 members with their roles, what each scored and was recused from,
 * 2 the ranking with each decision and amount, 3 per direction the money allocated / recommended / left,
 * 4 the ties at the funding line the commission must settle (named, never resolved here), 5 a signature
 * line for every member, chair and secretary first.
 */
export function renderProtocol(input: GszInput, result: GszResult, ctx: RenderContext): SheetLayout {
  const t = (key: string, params?: MessageParams): string => translate(ctx.lang, key, params);
  const none = t("protocol.none");
  const columns: ColumnSpec[] = [
    { header: "", format: "integer", minWidth: 6, maxWidth: 8, numberFormat: PLACE_FORMAT },
    { header: "", format: "text", minWidth: 24, maxWidth: 46 },
    { header: "", format: "text", minWidth: 12, maxWidth: 26 },
    { header: "", format: "number", minWidth: 9, maxWidth: 22 },
    { header: "", format: "money", minWidth: 14 },
    { header: "", format: "money", minWidth: 14 },
    { header: "", format: "money", minWidth: 14 },
    { header: "", format: "text", minWidth: 24, maxWidth: 40 },
  ];
  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "protocol"), columns);
  const program = input.program;
  sheet.title(t("protocol.title"));
  sheet.title(stampText(program, ctx));
  sheet.blank();
  const fact = (label: string, value: string): void => void sheet.row([label, null, value], false);
  fact(t("protocol.municipality"), program.municipality);
  fact(t("protocol.program"), program.name);
  fact(
    t("protocol.meetingDate"),
    program.meetingDate ? isoToDotted(program.meetingDate) : t("protocol.meetingDate.missing"),
  );
  const short = belowQuorum(program.quorum, result.ranking);
  fact(
    t("protocol.quorum"),
    program.quorum === undefined
      ? t("protocol.quorum.none")
      : short.length === 0
        ? t("protocol.quorum.met", { quorum: program.quorum })
        : t("protocol.quorum.notMet", { quorum: program.quorum, applications: short.join(", ") }),
  );

  sheet.blank().title(t("protocol.section.members"));
  const members = memberFacts(input);
  sheet.heading([
    t("protocol.col.no"),
    t("protocol.col.member"),
    t("protocol.col.role"),
    t("protocol.col.scored"),
    null,
    null,
    null,
    t("protocol.col.recused"),
  ]);
  members.forEach((m, i) =>
    sheet.row([
      i + 1,
      m.member.name,
      m.member.role,
      m.scored.length,
      null,
      null,
      null,
      m.recused.length ? m.recused.join(", ") : none,
    ]),
  );

  sheet.blank().title(t("protocol.section.ranking"));
  sheet.heading([
    t("protocol.col.place"),
    t("protocol.col.organization"),
    t("protocol.col.application"),
    t("protocol.col.score"),
    t("protocol.col.requested"),
    t("protocol.col.recommended"),
    null,
    t("protocol.col.decision"),
  ]);
  if (result.ranking.length === 0) sheet.row([null, t("protocol.noApplications")]);
  // Scores as Рейтинг shows them (2 decimals, more only where two totals would read alike); the decision
  // with its reason in words (funded; reserve: left in the direction < requested; …).
  const decimals = totalDecimals(result.ranking.filter((e) => e.place !== undefined).map((e) => e.total));
  for (const e of result.ranking) {
    sheet.row([
      e.place ?? null,
      e.organization,
      e.application,
      e.place === undefined ? null : num(new Decimal(shownTotal(e.total, decimals))),
      num(e.requested),
      num(e.recommended),
      null,
      reasonText(e.reason, ctx.lang),
    ]);
  }
  // A plain row: a title row would be bold but show its numbers without the money format.
  const totalRow = (cells: WriteValue[]): void => void sheet.row(cells);
  totalRow([
    null,
    t("protocol.total"),
    null,
    null,
    num(sumMoney(result.ranking.map((e) => e.requested))),
    num(sumMoney(result.ranking.map((e) => e.recommended))),
    null,
    null,
  ]);

  sheet.blank().title(t("protocol.section.directions"));
  sheet.heading([
    null,
    t("protocol.col.direction"),
    t("protocol.col.code"),
    t("protocol.col.funded"),
    t("protocol.col.allocated"),
    t("protocol.col.recommended"),
    t("protocol.col.left"),
    null,
  ]);
  const directions = directionFacts(input, result.ranking);
  for (const d of directions) {
    sheet.row([null, d.name, d.code, d.funded, num(d.allocated), num(d.recommended), num(d.left), null]);
  }
  totalRow([
    null,
    t("protocol.total"),
    null,
    directions.reduce((sum, d) => sum + d.funded, 0),
    num(sumMoney(directions.map((d) => d.allocated))),
    num(sumMoney(directions.map((d) => d.recommended))),
    num(sumMoney(directions.map((d) => d.left))),
    null,
  ]);

  sheet.blank().title(t("protocol.section.ties"));
  const ties = tiesToSettle(result.findings);
  if (ties.length === 0) sheet.row([t("protocol.ties.none")], false);
  for (const tie of ties) {
    const text = t("protocol.tie", {
      direction: tie.direction,
      applications: tie.applications.join(", "),
      total: formatDecimalText(tie.total, ctx.lang),
    });
    sheet.row([null, text, null, null, null, null, null, t("protocol.tie.decision")], false);
  }

  sheet.blank().title(t("protocol.section.signatures"));
  sheet.heading([
    null,
    t("protocol.col.member"),
    t("protocol.col.role"),
    null,
    null,
    null,
    null,
    t("protocol.col.signature"),
  ]);
  const signing = members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => roleRank(a.m.member.role) - roleRank(b.m.member.role) || a.i - b.i);
  for (const { m } of signing) {
    sheet.blank();
    sheet.row([null, m.member.name, m.member.role, null, null, null, null, SIGNATURE_LINE]);
  }
  return sheet.build();
}
