import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CollectOutcome, CreateFormsOutcome } from "../../app/forms-in-workbook";
import type { CellAddress, InputProblem } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import { errorMessage } from "../state";
import { CellList } from "./CellList";
import { FilesButton } from "./FilesButton";
import type { ChosenFile } from "../form-files";
import type { T } from "./i18n";

/** What the scoring-form buttons ask of the host (PaneHost has them; tests pass fakes). */
export interface FormsHost {
  createForms(lang: Lang): Promise<CreateFormsOutcome>;
  collectScores(lang: Lang): Promise<CollectOutcome>;
  /** The forms in files the person chose (sent by members as files), appended like the form sheets. */
  collectScoresFromFiles(lang: Lang, files: readonly ChosenFile[]): Promise<CollectOutcome>;
}

export interface ScoringFormsProps {
  readonly host: FormsHost;
  readonly lang: Lang;
  readonly t: T;
  /** The pane is busy with another task. */
  readonly disabled: boolean;
  readonly onGoTo: (address: CellAddress) => void;
}

export type Shown =
  | {
      readonly intent: "success" | "warning" | "error";
      readonly text: string;
      readonly problems?: readonly InputProblem[];
    }
  | undefined;

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** What an outcome says to the user. */
export function shownOf(outcome: CreateFormsOutcome | CollectOutcome, t: T): Shown {
  switch (outcome.kind) {
    case "problems":
      return {
        intent: "error",
        text: t("forms.ui.problems", { count: outcome.problems.length }),
        problems: outcome.problems,
      };
    case "no-members":
      return { intent: "warning", text: t("forms.ui.no-members") };
    case "no-forms":
      return { intent: "warning", text: t("forms.ui.no-forms") };
    case "unsupported":
      return { intent: "error", text: t("forms.ui.unsupported", { sheet: outcome.sheet }) };
    case "done":
      return "rows" in outcome
        ? {
            intent: "success",
            text: t("forms.ui.collected", {
              sheet: outcome.sheet,
              rows: outcome.rows,
              forms: outcome.forms.join(", "),
            }),
          }
        : {
            intent: "success",
            text: t("forms.ui.created", { count: outcome.sheets.length, sheets: outcome.sheets.join(", ") }),
          };
  }
}

/**
 * "Create scoring forms" (one sheet per commission member) and "Collect scores" (filled form sheets
 * appended to Оценки). All Excel work goes through `host`.
 */
export function ScoringForms({ host, lang, t, disabled, onGoTo }: ScoringFormsProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(undefined);

  const perform = useCallback(
    async (work: () => Promise<CreateFormsOutcome | CollectOutcome>) => {
      if (busy || disabled) return;
      setBusy(true);
      setShown(undefined);
      try {
        setShown(shownOf(await work(), t));
      } catch (error) {
        setShown({ intent: "error", text: t(errorMessage(error)) });
      } finally {
        setBusy(false);
      }
    },
    [busy, disabled, t],
  );

  return (
    <section data-testid="scoring-forms">
      <Subtitle2 as="h2">{t("forms.ui.title")}</Subtitle2>
      <div className={styles.row}>
        <Button
          data-testid="create-forms"
          disabled={busy || disabled}
          onClick={() => void perform(() => host.createForms(lang))}
        >
          {t("forms.ui.create")}
        </Button>
        <Button
          data-testid="collect-scores"
          disabled={busy || disabled}
          onClick={() => void perform(() => host.collectScores(lang))}
        >
          {t("forms.ui.collect")}
        </Button>
        <FilesButton
          label={t("forms.ui.collect-files")}
          disabled={busy || disabled}
          testId="collect-files"
          inputTestId="form-files"
          onFiles={(files) =>
            void perform(async () =>
              host.collectScoresFromFiles(
                lang,
                await Promise.all(
                  files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
                ),
              ),
            )
          }
        />
        {busy ? <Spinner size="tiny" label={t("ui.busy")} /> : null}
      </div>
      {shown ? (
        <MessageBar intent={shown.intent} data-testid="forms-message">
          <MessageBarBody>{shown.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {shown?.problems?.length ? (
        <CellList
          items={shown.problems.map((p) => ({
            severity: "error",
            address: p.address,
            text: translate(lang, p.message, p.params),
          }))}
          t={t}
          testId="forms-problems"
          disabled={busy || disabled}
          onGoTo={onGoTo}
        />
      ) : null}
    </section>
  );
}
