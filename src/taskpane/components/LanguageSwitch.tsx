import { Field, Select } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../i18n";
import type { T } from "./i18n";

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly t: T;
  readonly onChange: (lang: Lang) => void;
}

/** The pane's language; defaults to Office's UI language. Each language is named in itself. */
export function LanguageSwitch({ lang, t, onChange }: LanguageSwitchProps) {
  return (
    <Field label={t("ui.language")} orientation="horizontal">
      <Select
        data-testid="language"
        value={lang}
        onChange={(_, data) => {
          const next = LANGS.find((l) => l === data.value);
          if (next) onChange(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {t(`ui.lang.${l}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
