import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import Decimal from "decimal.js";
import { formatMoney } from "../../app/summary";
import { SOURCE_KEYS, type GszResult } from "../../core/model";
import { shownTotal, totalDecimals } from "../../core/ranking";
import { formatDecimalText, type Lang } from "../../i18n";
import { reasonText } from "../../workbook/render/discrepancies";
import type { T } from "./i18n";

export interface SummaryProps {
  readonly result: GszResult;
  readonly lang: Lang;
  readonly t: T;
}

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  narrow: { width: "3.5rem" },
});

const TOP = 5;

/** Top of the ranking, the program's co-financing with shares, and the findings by severity. */
export function Summary({ result, lang, t }: SummaryProps) {
  const styles = useStyles();
  const program = result.cofinancing.program;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  const decimals = totalDecimals(result.ranking.filter((e) => e.place !== undefined).map((e) => e.total));
  const decimal = (value: Decimal): string =>
    formatDecimalText(value.toFixed(2, Decimal.ROUND_HALF_UP), lang);
  return (
    <div className={styles.block} data-testid="summary">
      <Text weight="semibold">{t("ui.summary.ranking")}</Text>
      <Table size="extra-small" aria-label={t("ui.summary.ranking")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.narrow}>{t("output.col.place")}</TableHeaderCell>
            <TableHeaderCell>{t("output.col.application")}</TableHeaderCell>
            <TableHeaderCell>{t("output.col.total")}</TableHeaderCell>
            <TableHeaderCell>{t("output.col.status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.ranking.slice(0, TOP).map((e, i) => (
            // Application numbers may repeat (that is a finding), so the position keys the row.
            <TableRow key={`${i}-${e.application}`}>
              <TableCell>{e.place ?? "—"}</TableCell>
              <TableCell>
                {/* A task pane is narrow: the organization goes under its application, not in a column. */}
                <Text block>{e.application}</Text>
                <Caption1 block>{e.organization}</Caption1>
              </TableCell>
              <TableCell className={styles.number}>
                {e.place === undefined ? "—" : formatDecimalText(shownTotal(e.total, decimals), lang)}
              </TableCell>
              <TableCell>
                <Text block>{t(`output.status.${e.status}`)}</Text>
                <Caption1 block data-testid="ranking-reason">
                  {reasonText(e.reason, lang)}
                </Caption1>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text weight="semibold">{t("ui.summary.cofinancing")}</Text>
      <Table size="extra-small" aria-label={t("ui.summary.cofinancing")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.summary.source")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.summary.amount")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.summary.share")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {SOURCE_KEYS.map((key) => (
            <TableRow key={key}>
              <TableCell>{t(`output.col.${key}`)}</TableCell>
              <TableCell className={styles.number}>{formatMoney(program.sources[key], lang)}</TableCell>
              <TableCell className={styles.number}>{decimal(program.shares[key])} %</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <Text weight="semibold">{t("output.col.sourcesTotal")}</Text>
            </TableCell>
            <TableCell className={styles.number}>
              <Text weight="semibold">{formatMoney(program.total, lang)}</Text>
            </TableCell>
            <TableCell className={styles.number}>
              {/* Shares always add up to exactly 100.00 % (the core splits them by largest remainder). */}
              {program.total.isZero() ? "" : `${formatDecimalText("100.00", lang)} %`}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {program.leverage ? (
        <Text>{t("ui.summary.leverage", { value: decimal(program.leverage) })}</Text>
      ) : null}
      <Text data-testid="finding-counts">{t("ui.findings.counts", counts)}</Text>
    </div>
  );
}
