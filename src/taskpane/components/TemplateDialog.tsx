import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TemplatePreview } from "../state";
import type { T } from "./i18n";

export interface TemplateDialogProps {
  readonly preview: TemplatePreview;
  readonly t: T;
  /** Replace the named sheets (and create the missing ones). */
  readonly onReplace: () => void;
  /** Create only the missing and empty sheets; the filled ones stay. */
  readonly onMissingOnly: () => void;
  /** Change nothing. */
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  sheet: { fontWeight: tokens.fontWeightSemibold },
  actions: { flexWrap: "wrap" },
});

/**
 * The question before "Create template" replaces input sheets that hold data: it names them and offers to
 * replace them, to add only the missing sheets (when some are missing), or to cancel (nothing changes).
 */
export function TemplateDialog({ preview, t, onReplace, onMissingOnly, onCancel }: TemplateDialogProps) {
  const styles = useStyles();
  const missing = preview.create.length > 0;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface data-testid="template-question" aria-describedby="template-question-text">
        <DialogBody>
          <DialogTitle>{t("ui.template.confirm.title")}</DialogTitle>
          <DialogContent id="template-question-text">
            <Text block>{t("ui.template.confirm.text")}</Text>
            <ul className={styles.list} data-testid="template-question-sheets">
              {preview.wouldReplace.map((name) => (
                <li key={name} className={styles.sheet}>
                  {name}
                </li>
              ))}
            </ul>
            <Text block>
              {missing
                ? t("ui.template.confirm.missing", { sheets: preview.create.join(", ") })
                : t("ui.template.confirm.noMissing")}
            </Text>
          </DialogContent>
          <DialogActions className={styles.actions}>
            {missing ? (
              <Button appearance="primary" data-testid="template-missing-only" onClick={onMissingOnly}>
                {t("ui.template.confirm.missingOnly")}
              </Button>
            ) : null}
            <Button data-testid="template-replace" onClick={onReplace}>
              {t("ui.template.confirm.replace")}
            </Button>
            <Button
              appearance={missing ? "secondary" : "primary"}
              data-testid="template-cancel"
              onClick={onCancel}
            >
              {t("ui.template.confirm.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
