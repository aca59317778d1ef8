import {
  Button,
  Checkbox,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import type { TemplateOptions } from "../../app/types";
import type { CellAddress } from "../../core/model";
import { LANGS, langFromTag, translate } from "../../i18n";
import type { PaneHost } from "../host";
import { findingMessage } from "../../workbook/render/discrepancies";
import { errorMessage, initialState, reducer, type Task } from "../state";
import { CellList, type CellItem } from "./CellList";
import { translator } from "./i18n";
import { LanguageSwitch } from "./LanguageSwitch";
import { paymentItems } from "../payments";
import { Payments } from "./Payments";
import { ScoringForms } from "./ScoringForms";
import { Consolidation } from "./Consolidation";
import { outputSheetName } from "../../workbook/render/names";
import { Summary } from "./Summary";
import { TemplateDialog } from "./TemplateDialog";

export interface AppProps {
  readonly host: PaneHost;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The task pane. All Excel work goes through `host`; this component only keeps and shows state. */
/** The commission's protocol among the sheets a run wrote (in whichever language it ran). */
function protocolSheet(written: readonly string[]): string | undefined {
  const names = new Set(LANGS.map((lang) => outputSheetName(lang, "protocol")));
  return written.find((name) => names.has(name));
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, host.displayLanguage, (tag) =>
    initialState(langFromTag(tag)),
  );
  const t = useMemo(() => translator(state.lang), [state.lang]);
  const busy = state.busy !== undefined;

  useEffect(() => {
    let live = true;
    host.checkStale().then(
      (stale) => live && dispatch({ type: "stale", stale }),
      (error: unknown) => live && dispatch({ type: "failed", error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  /** Runs one host task: busy while it runs, its result or its error dispatched, nothing swallowed. */
  const perform = useCallback(
    async (task: Task, work: () => Promise<void>) => {
      if (busy) return;
      dispatch({ type: "start", task });
      try {
        await work();
      } catch (error) {
        dispatch({ type: "failed", error: errorMessage(error) });
      }
    },
    [busy],
  );

  /** Writes the template (replacing only the `replace` sheets) and shows what was written. */
  const writeTemplate = useCallback(
    async (opts: TemplateOptions, replace: readonly string[]) => {
      const sheets = await host.createTemplate(opts, replace);
      dispatch({ type: "templateDone", sheets });
      dispatch({ type: "stale", stale: await host.checkStale() });
    },
    [host],
  );

  const question = state.question;

  const goTo = useCallback(
    (address: CellAddress) => {
      host
        .selectCell(address)
        .catch((error: unknown) => dispatch({ type: "failed", error: errorMessage(error) }));
    },
    [host],
  );

  const outcome = state.outcome;
  const done = outcome?.kind === "done" ? outcome : undefined;
  const findings: CellItem[] = done
    ? done.result.findings.map((f) => ({
        severity: f.severity,
        address: f.address,
        text: findingMessage(f, state.lang),
      }))
    : [];
  const problems: CellItem[] =
    outcome?.kind === "problems"
      ? outcome.problems.map((p) => ({
          severity: "error",
          address: p.address,
          text: translate(state.lang, p.message, p.params),
        }))
      : [];

  return (
    <main className={styles.root} lang={state.lang}>
      <div className={styles.row}>
        <Title3 as="h1">{t("ui.title")}</Title3>
      </div>
      <LanguageSwitch lang={state.lang} t={t} onChange={(lang) => dispatch({ type: "lang", lang })} />

      {state.error ? (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle>
            {t(state.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: "dismissError" })}>
              {t("ui.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.stale === "stale" ? (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t("ui.stale.warning")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.notice ? (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{t(state.notice)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {question ? (
        <TemplateDialog
          preview={question.preview}
          t={t}
          onReplace={() =>
            void perform("template", () => writeTemplate(question.opts, question.preview.wouldReplace))
          }
          onMissingOnly={() => void perform("template", () => writeTemplate(question.opts, []))}
          onCancel={() => dispatch({ type: "templateCancel" })}
        />
      ) : null}

      <section>
        <Subtitle2 as="h2">{t("ui.template.title")}</Subtitle2>
        <div className={styles.row}>
          <Checkbox
            data-testid="template-example"
            label={t("ui.template.example")}
            checked={state.example}
            onChange={(_, data) => dispatch({ type: "example", example: data.checked === true })}
          />
          <Button
            data-testid="create-template"
            disabled={busy}
            onClick={() =>
              perform("template", async () => {
                const opts = { lang: state.lang, example: state.example };
                const preview = await host.planTemplate(opts);
                if (preview.wouldReplace.length) {
                  dispatch({ type: "templateAsk", question: { opts, preview } });
                  return;
                }
                await writeTemplate(opts, []);
              })
            }
          >
            {t("ui.template.create")}
          </Button>
        </div>
      </section>

      <ScoringForms host={host} lang={state.lang} t={t} disabled={busy} onGoTo={goTo} />

      <section>
        <Subtitle2 as="h2">{t("ui.run.title")}</Subtitle2>
        <div className={styles.row}>
          <Button
            appearance="primary"
            data-testid="run"
            disabled={busy}
            onClick={() =>
              perform("run", async () => {
                dispatch({ type: "runDone", outcome: await host.run(state.lang) });
              })
            }
          >
            {t("ui.run.button")}
          </Button>
          {busy ? (
            <Spinner
              size="tiny"
              data-testid="busy"
              label={t(state.busy === "run" ? "ui.run.busy" : "ui.busy")}
            />
          ) : null}
        </div>
      </section>

      {problems.length ? (
        <section data-testid="problems">
          <Subtitle2 as="h2">{t("ui.problems.title")}</Subtitle2>
          <Text block>{t("ui.problems.hint")}</Text>
          <CellList items={problems} t={t} testId="problem-list" disabled={busy} onGoTo={goTo} />
        </section>
      ) : null}

      {done ? (
        <>
          <Divider />
          <section>
            <Subtitle2 as="h2">{t("ui.summary.title")}</Subtitle2>
            <Summary result={done.result} lang={state.lang} t={t} />
            {protocolSheet(done.written) ? (
              <div className={styles.row}>
                <Button
                  data-testid="goto-protocol"
                  disabled={busy}
                  onClick={() => goTo({ sheet: protocolSheet(done.written) ?? "", row: 1, col: 1 })}
                >
                  {t("forms.ui.protocol")}
                </Button>
              </div>
            ) : null}
          </section>
          <section>
            <Subtitle2 as="h2">{t("ui.export.title")}</Subtitle2>
            <div className={styles.row}>
              <Button
                data-testid="export-csv"
                disabled={busy}
                onClick={() =>
                  perform("csv", async () => {
                    dispatch({ type: "exported", notice: await host.exportCsv(done.result, state.lang) });
                  })
                }
              >
                {t("ui.export.csv")}
              </Button>
              <Button
                data-testid="export-workbook"
                disabled={busy}
                onClick={() =>
                  perform("workbook", async () => {
                    dispatch({
                      type: "exported",
                      notice: await host.exportWorkbook(done.result, state.lang),
                    });
                  })
                }
              >
                {t("ui.export.workbook")}
              </Button>
            </div>
          </section>
          {done.result.execution?.present ? (
            <section data-testid="payments">
              <Subtitle2 as="h2">{t("execution.pane.title")}</Subtitle2>
              <Payments
                items={paymentItems(
                  done.result.execution,
                  state.lang,
                  done.input.program.releaseThresholdPct,
                )}
                t={t}
                disabled={busy}
                onGoTo={goTo}
                onExportCsv={() =>
                  void perform("csv", async () => {
                    dispatch({
                      type: "exported",
                      notice: await host.exportPaymentsCsv(done.result, state.lang),
                    });
                  })
                }
                onExportWorkbook={() =>
                  void perform("workbook", async () => {
                    const notice = await host.exportPaymentsWorkbook(done.result, state.lang);
                    dispatch({ type: "exported", notice });
                  })
                }
              />
            </section>
          ) : null}
          <section data-testid="findings">
            <Subtitle2 as="h2">{t("ui.findings.title")}</Subtitle2>
            {findings.length ? (
              <CellList items={findings} t={t} testId="finding-list" disabled={busy} onGoTo={goTo} />
            ) : (
              <Text block>{t("ui.findings.none")}</Text>
            )}
          </section>
        </>
      ) : null}

      <Divider />
      <Consolidation host={host} lang={state.lang} t={t} disabled={busy} />
    </main>
  );
}
