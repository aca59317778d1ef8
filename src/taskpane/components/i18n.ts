import { translate, type Lang } from "../../i18n";
import type { Message } from "../state";

/** A translator for one language: `t("ui.run.button")`, `t(message)`. */
export type T = (
  keyOrMessage: string | Message,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function translator(lang: Lang): T {
  return (keyOrMessage, params) =>
    typeof keyOrMessage === "string"
      ? translate(lang, keyOrMessage, params)
      : translate(lang, keyOrMessage.key, keyOrMessage.params);
}
