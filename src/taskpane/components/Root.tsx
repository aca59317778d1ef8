import { FluentProvider, Text, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { translate, type Lang } from "../../i18n";
import type { PaneHost } from "../host";
import { App } from "./App";

export interface RootProps {
  /** Undefined outside Excel: the pane then only says where it works. */
  readonly host: PaneHost | undefined;
  readonly dark: boolean;
  readonly lang: Lang;
}

/** Fluent's provider with the light or dark theme following Office's, around the pane. */
export function Root({ host, dark, lang }: RootProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      {host ? (
        <App host={host} />
      ) : (
        <Text block style={{ padding: 16 }} data-testid="not-excel">
          {translate(lang, "ui.notExcel")}
        </Text>
      )}
    </FluentProvider>
  );
}
