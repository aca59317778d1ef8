import type { CatalogSet } from "../types";

/** Messages of the domain core (scoring, tranches, co-financing). Keys start with `core.`. */
export const core: CatalogSet = {
  ru: {
    "core.severity.error": "ошибка",
    "core.severity.warning": "предупреждение",
    "core.severity.info": "сведения",
  },
  en: {
    "core.severity.error": "error",
    "core.severity.warning": "warning",
    "core.severity.info": "info",
  },
  ky: {
    "core.severity.error": "ката",
    "core.severity.warning": "эскертүү",
    "core.severity.info": "маалымат",
  },
};
