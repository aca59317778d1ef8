/**
 * Which old webview the page runs in, written for ES5 (this file is compiled to ES5 and runs before the
 * pane's bundle, in webviews where the bundle cannot even be parsed). No imports but the office catalog.
 */
import { office } from "../../i18n/catalogs/office";

/** The old engine: Internet Explorer 11 (Trident), EdgeHTML, or another browser lacking what the bundle needs. */
export type OldEngine = "trident" | "edgehtml" | "old";

/** What the pane's bundle needs of the browser (ES2020 library features it calls, and the web APIs). */
export interface Features {
  readonly [name: string]: boolean;
}

/** The features of `scope` (a window) that the bundle relies on; each true when present. */
export function featuresOf(scope: Record<string, unknown>): Features {
  const object = scope["Object"] as { fromEntries?: unknown } | undefined;
  const array = scope["Array"] as { prototype?: { flat?: unknown; includes?: unknown } } | undefined;
  const promise = scope["Promise"] as { allSettled?: unknown } | undefined;
  return {
    promise: typeof promise === "function",
    promiseAllSettled: typeof promise?.allSettled === "function",
    symbol: typeof scope["Symbol"] === "function",
    proxy: typeof scope["Proxy"] === "function",
    globalThis: typeof scope["globalThis"] === "object",
    objectFromEntries: typeof object?.fromEntries === "function",
    arrayFlat: typeof array?.prototype?.flat === "function",
    arrayIncludes: typeof array?.prototype?.includes === "function",
    textEncoder: typeof scope["TextEncoder"] === "function",
  };
}

/**
 * The old engine the page runs in, or undefined when the bundle can run. Trident and EdgeHTML are told by
 * their user agent (Chromium-based Edge says `Edg/`, EdgeHTML says `Edge/`); any other browser missing a
 * feature the bundle needs is "old".
 */
export function oldEngine(userAgent: string, features: Features): OldEngine | undefined {
  if (/Trident\/|MSIE /.test(userAgent)) return "trident";
  if (/ Edge\/\d/.test(userAgent)) return "edgehtml";
  for (const name in features) {
    if (Object.prototype.hasOwnProperty.call(features, name) && !features[name]) return "old";
  }
  return undefined;
}

export type CheckLang = "ru" | "en" | "ky";

/** The first of `tags` (Office's display language first, then the browser's) that is ru, en or ky; else ru. */
export function checkLang(tags: readonly (string | undefined | null)[]): CheckLang {
  for (let i = 0; i < tags.length; i++) {
    const base = String(tags[i] || "")
      .toLowerCase()
      .split(/[-_]/)[0];
    if (base === "ru" || base === "en" || base === "ky") return base;
  }
  return "ru";
}

/** The message's title and paragraphs in `lang`. */
export function oldWebviewMessage(lang: CheckLang, engine: OldEngine): { title: string; lines: string[] } {
  const texts = office[lang];
  const text = (key: string): string => texts[key] || office.ru[key] || key;
  return {
    title: text("office.webview.title"),
    lines: [
      text("office.webview.why").replace("{engine}", text("office.webview.engine." + engine)),
      text("office.webview.fix"),
      text("office.webview.meanwhile"),
    ],
  };
}
