import {
  Badge,
  Button,
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
import type { CellAddress } from "../../core/model";
import type { PaymentItem, PaymentState } from "../payments";
import type { T } from "./i18n";

export interface PaymentsProps {
  /** From paymentItems: each contract's next tranche that is due, overdue or blocked. */
  readonly items: readonly PaymentItem[];
  readonly t: T;
  readonly disabled: boolean;
  readonly onGoTo: (address: CellAddress) => void;
  readonly onExportCsv: () => void;
  readonly onExportWorkbook: () => void;
}

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  nowrap: { whiteSpace: "nowrap" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const BADGE: Readonly<Record<PaymentState, "danger" | "warning" | "success">> = {
  overdue: "danger",
  blocked: "warning",
  due: "success",
};

/**
 * What is to pay and what is held back (execution): contract (a button that selects its row in Договоры),
 * tranche, amount, date, and the state with the reasons a tranche is blocked; and the export of the
 * payment calendar. Shown only when Платежи or Отчёты has rows; never calls Office.js.
 */
export function Payments({ items, t, disabled, onGoTo, onExportCsv, onExportWorkbook }: PaymentsProps) {
  const styles = useStyles();
  return (
    <>
      {items.length ? (
        <Table
          size="small"
          className={styles.table}
          data-testid="payment-list"
          aria-label={t("execution.pane.title")}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("execution.pane.contract")}</TableHeaderCell>
              <TableHeaderCell>{t("execution.pane.tranche")}</TableHeaderCell>
              <TableHeaderCell>{t("execution.pane.amount")}</TableHeaderCell>
              <TableHeaderCell>{t("execution.pane.date")}</TableHeaderCell>
              <TableHeaderCell>{t("execution.pane.state")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => {
              const address = item.address;
              return (
                <TableRow key={`${item.contract}-${item.tranche}`} data-testid="payment">
                  <TableCell className={styles.nowrap}>
                    {address ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        disabled={disabled}
                        data-testid="goto-contract"
                        aria-label={t("execution.pane.goto", { contract: item.contract })}
                        onClick={() => onGoTo(address)}
                      >
                        {item.contract}
                      </Button>
                    ) : (
                      item.contract
                    )}
                  </TableCell>
                  <TableCell className={styles.number}>{item.tranche}</TableCell>
                  <TableCell className={styles.number}>{item.amount}</TableCell>
                  <TableCell className={styles.nowrap}>{item.date}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={BADGE[item.state]}>
                      {t(`execution.pane.${item.state}`)}
                    </Badge>
                    {item.why ? <Text block>{item.why}</Text> : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Text block data-testid="payment-none">
          {t("execution.pane.none")}
        </Text>
      )}
      <div className={styles.row}>
        <Button data-testid="export-payments-csv" disabled={disabled} onClick={onExportCsv}>
          {t("execution.pane.exportCsv")}
        </Button>
        <Button data-testid="export-payments-workbook" disabled={disabled} onClick={onExportWorkbook}>
          {t("execution.pane.exportWorkbook")}
        </Button>
      </div>
    </>
  );
}
