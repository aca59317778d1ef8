import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { CellAddress, Severity } from "../../core/model";
import { formatAddress } from "../../workbook/a1";
import type { T } from "./i18n";

/** One line of a list that points at a cell: a finding or an input problem. */
export interface CellItem {
  readonly severity: Severity;
  readonly address?: CellAddress;
  readonly text: string;
}

export interface CellListProps {
  readonly items: readonly CellItem[];
  readonly t: T;
  readonly testId: string;
  readonly disabled: boolean;
  readonly onGoTo: (address: CellAddress) => void;
}

/** Rendering thousands of rows makes the pane sluggish; the full list is on the Расхождения sheet. */
const MAX_ROWS = 300;

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  cell: { whiteSpace: "nowrap" },
});

const BADGE: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** A table of findings or problems; each cell reference is a button that selects that cell in Excel. */
export function CellList({ items, t, testId, disabled, onGoTo }: CellListProps) {
  const styles = useStyles();
  return (
    <Table size="small" className={styles.table} data-testid={testId} aria-label={t("ui.findings.title")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("ui.findings.severity")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.findings.cell")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.findings.message")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.slice(0, MAX_ROWS).map((item, i) => {
          const address = item.address;
          const ref = address ? formatAddress(address) : "";
          return (
            <TableRow key={`${ref}-${i}`}>
              <TableCell className={styles.cell}>
                <Badge appearance="tint" color={BADGE[item.severity]}>
                  {t(`ui.severity.${item.severity}`)}
                </Badge>
              </TableCell>
              <TableCell className={styles.cell}>
                {address ? (
                  <Button
                    appearance="transparent"
                    size="small"
                    disabled={disabled}
                    data-testid="goto-cell"
                    aria-label={t("ui.findings.goto", { cell: ref })}
                    onClick={() => onGoTo(address)}
                  >
                    {ref}
                  </Button>
                ) : null}
              </TableCell>
              <TableCell>{item.text}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
