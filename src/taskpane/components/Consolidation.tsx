import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ConsolidationOutcome, WriteConsolidationOutcome } from "../../app";
import { SOURCE_KEYS } from "../../core/model";
import { formatMoney } from "../../app/summary";
import { formatDecimalText, type Lang } from "../../i18n";
import { errorMessage } from "../state";
import type { T } from "./i18n";
import { FilesButton } from "./FilesButton";

/** A file chosen in the pane, read only when the consolidation reaches it. */
export interface LazyFile {
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/** What "Сводка из файлов…" asks of the host (PaneHost has them; tests pass fakes). */
export interface ConsolidationHost {
  consolidateFiles(
    lang: Lang,
    files: readonly LazyFile[],
    progress: (done: number) => void,
  ): Promise<ConsolidationOutcome>;
  writeConsolidation(outcome: ConsolidationOutcome): Promise<WriteConsolidationOutcome>;
}

export interface ConsolidationProps {
  readonly host: ConsolidationHost;
  readonly lang: Lang;
  readonly t: T;
  /** The pane is busy with another task. */
  readonly disabled: boolean;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  num: { textAlign: "right", paddingLeft: tokens.spacingHorizontalS },
});

/** The programs and the total of a Сводка, as the pane shows them (the sheets have every column). */
export function ConsolidationTable({
  outcome,
  lang,
  t,
}: {
  outcome: ConsolidationOutcome;
  lang: Lang;
  t: T;
}) {
  const styles = useStyles();
  const { rows, total } = outcome.consolidation;
  const c = total.cofinancing;
  return (
    <>
      <table className={styles.table} data-testid="svod-table">
        <thead>
          <tr>
            <th>{t("consolidation.col.municipality")}</th>
            <th>{t("consolidation.col.year")}</th>
            <th className={styles.num}>{t("output.col.sourcesTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.figures.file}:${r.figures.sha256}`}>
              <td>{r.figures.municipality}</td>
              <td>{r.figures.year}</td>
              <td className={styles.num}>{formatMoney(r.cofinancing.total, lang)}</td>
            </tr>
          ))}
          <tr data-testid="svod-total">
            <th>{t("output.total")}</th>
            <td />
            <th className={styles.num}>{formatMoney(c.total, lang)}</th>
          </tr>
        </tbody>
      </table>
      <Text block data-testid="svod-shares">
        {SOURCE_KEYS.map(
          (k) => `${t(`output.col.${k}`)} ${formatDecimalText(c.shares[k].toFixed(2), lang)} %`,
        ).join(" · ")}
      </Text>
    </>
  );
}

/**
 * "Сводка из файлов…": pick many program workbooks, see the table, write the Сводка, Источники and
 * Расхождения sheets into the open workbook. All the work goes through `host` (the same use case as
 * `gsz consolidate` and the offline page).
 */
export function Consolidation({ host, lang, t, disabled }: ConsolidationProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | undefined>(undefined);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | undefined>();

  const consolidate = useCallback(
    async (files: readonly File[]) => {
      setOutcome(undefined);
      setMessage(undefined);
      setBusy(t("web.svod.reading", { done: 0, total: files.length }));
      try {
        const lazy = files.map((f) => ({
          name: f.name,
          read: async () => new Uint8Array(await f.arrayBuffer()),
        }));
        setOutcome(
          await host.consolidateFiles(lang, lazy, (done) =>
            setBusy(t("web.svod.reading", { done, total: files.length })),
          ),
        );
      } catch (error) {
        setMessage({ intent: "error", text: t(errorMessage(error)) });
      } finally {
        setBusy(undefined);
      }
    },
    [host, lang, t],
  );

  const write = useCallback(async () => {
    if (!outcome) return;
    setBusy(t("ui.busy"));
    try {
      const written = await host.writeConsolidation(outcome);
      setMessage(
        written.kind === "done"
          ? {
              intent: "success",
              text: t("consolidation.pane.written", { sheets: written.written.join(", ") }),
            }
          : { intent: "error", text: t("consolidation.pane.program-workbook", { sheet: written.sheet }) },
      );
    } catch (error) {
      setMessage({ intent: "error", text: t(errorMessage(error)) });
    } finally {
      setBusy(undefined);
    }
  }, [host, outcome, t]);

  const left = outcome ? [...outcome.unusable, ...outcome.clashing] : [];
  return (
    <section data-testid="consolidation">
      <Subtitle2 as="h2">{t("web.svod.title")}</Subtitle2>
      <div className={styles.row}>
        <FilesButton
          label={t("consolidation.pane.choose")}
          disabled={busy !== undefined || disabled}
          testId="svod-choose"
          inputTestId="svod-files"
          onFiles={(files) => void consolidate(files)}
        />
        {busy !== undefined ? <Spinner size="tiny" label={busy} /> : null}
      </div>
      {left.length > 0 ? (
        <MessageBar intent="warning" data-testid="svod-left-out">
          <MessageBarBody>
            {t("web.svod.left-out", { count: left.length })}
            <ul>
              {left.map((u) => (
                <li key={u.file}>{`${u.file}: ${u.reasons.join("; ")}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome ? (
        <>
          <ConsolidationTable outcome={outcome} lang={lang} t={t} />
          <div className={styles.row}>
            <Button
              appearance="primary"
              data-testid="svod-write"
              disabled={busy !== undefined || disabled}
              onClick={() => void write()}
            >
              {t("consolidation.pane.write")}
            </Button>
          </div>
        </>
      ) : null}
      {message ? (
        <MessageBar intent={message.intent} data-testid="svod-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
