import { parseArgs } from "node:util";
import { LANGS, type Lang } from "../i18n";
import { takeScores } from "./scores-args";

export type Command =
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "version" }
  | {
      readonly kind: "template";
      readonly lang: Lang;
      readonly out: string;
      readonly example: boolean;
      /** Replace an existing file. */
      readonly force: boolean;
    }
  | {
      readonly kind: "run";
      readonly lang: Lang;
      readonly input: string;
      readonly out?: string;
      readonly json?: string;
      readonly strict: boolean;
      /** Replace an existing -o file that is not a results workbook, or a spreadsheet at --json. */
      readonly force: boolean;
      /** Filled scoring forms read as further sources of scores (--scores). */
      readonly scores?: readonly string[];
    }
  | {
      readonly kind: "forms";
      readonly lang: Lang;
      readonly input: string;
      readonly outDir: string;
      /** Replace existing files of the same names. */
      readonly force: boolean;
    }
  | {
      readonly kind: "tranches";
      readonly lang: Lang;
      readonly input: string;
      readonly csv: string;
      /** Replace a spreadsheet at --csv. */
      readonly force: boolean;
    }
  | {
      /** The Сводка of many workbooks (files, folders, globs). */
      readonly kind: "consolidate";
      readonly lang: Lang;
      readonly inputs: readonly string[];
      readonly out: string;
      readonly json?: string;
      /** Consolidate the files that can be used and list the others (exit 1) instead of stopping (exit 2). */
      readonly partial: boolean;
      readonly force: boolean;
    }
  | {
      /** The payment calendar (same arguments and refusals as tranches). */
      readonly kind: "payments";
      readonly lang: Lang;
      readonly input: string;
      readonly csv: string;
      readonly force: boolean;
    };

/** A command line that cannot be understood; `key` is a `cli.usage.*` message. */
export interface UsageError {
  readonly kind: "usage-error";
  readonly lang: Lang;
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}

const OPTIONS = {
  lang: { type: "string" },
  example: { type: "boolean" },
  output: { type: "string", short: "o" },
  json: { type: "string" },
  strict: { type: "boolean" },
  csv: { type: "string" },
  "out-dir": { type: "string" },
  force: { type: "boolean" },
  partial: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** Which options each command accepts (anything else is a usage error, not silently ignored). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  template: ["lang", "example", "force"],
  run: ["lang", "output", "json", "strict", "force"],
  forms: ["lang", "out-dir", "force"],
  tranches: ["lang", "csv", "force"],
  payments: ["lang", "csv", "force"],
  consolidate: ["lang", "output", "json", "partial", "force"],
};

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language: `--lang`, else the GSZ_LANG environment variable, else Russian. The system locale
 * (LANG) is deliberately not used: servers and CI machines run in en_US while the workbooks are Russian.
 */
function pickLang(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang | undefined {
  const value = option ?? env.GSZ_LANG ?? "ru";
  return isLang(value) ? value : undefined;
}

/** Parses argv (without `node gsz`) into a command or a usage error. */
export function parseCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Command | UsageError {
  const taken = takeScores(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: taken.rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const langOption = argv.includes("--lang") ? argv[argv.indexOf("--lang") + 1] : undefined;
    const lang = pickLang(langOption, env) ?? "ru";
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const unknown = hasCode(error, "ERR_PARSE_ARGS_UNKNOWN_OPTION") && option !== undefined;
    return unknown
      ? { kind: "usage-error", lang, key: "cli.usage.unknown-option", params: { option } }
      : { kind: "usage-error", lang, key: "cli.usage.bad-option", params: { detail: message } };
  }
  const { values, positionals } = parsed;
  const lang = pickLang(values.lang, env);
  if (lang === undefined) {
    return {
      kind: "usage-error",
      lang: "ru",
      key: "cli.usage.bad-lang",
      params: { lang: values.lang ?? env.GSZ_LANG ?? "" },
    };
  }
  const [command, ...rest] = positionals;
  if (values.version && command === undefined) return { kind: "version" };
  if (values.help || command === undefined || command === "help") return { kind: "help", lang };

  const allowed = ALLOWED[command];
  if (allowed === undefined)
    return { kind: "usage-error", lang, key: "cli.usage.unknown-command", params: { command } };
  if (taken.given && command !== "run") {
    return {
      kind: "usage-error",
      lang,
      key: "cli.usage.option-not-for-command",
      params: { option: "--scores", command },
    };
  }
  if (taken.given && taken.scores.length === 0)
    return { kind: "usage-error", lang, key: "forms.usage.missing-scores", params: {} };
  const extra = Object.keys(values).find((name) => name !== "lang" && !allowed.includes(name));
  if (extra !== undefined) {
    return {
      kind: "usage-error",
      lang,
      key: "cli.usage.option-not-for-command",
      params: { option: `--${extra}`, command },
    };
  }
  if (command === "consolidate") {
    if (rest.length === 0)
      return { kind: "usage-error", lang, key: "cli.usage.missing-file", params: { command } };
    if (values.output === undefined)
      return { kind: "usage-error", lang, key: "cli.consolidate.missing-output", params: {} };
    return {
      kind: "consolidate",
      lang,
      inputs: rest,
      out: values.output,
      ...(values.json !== undefined ? { json: values.json } : {}),
      partial: values.partial === true,
      force: values.force === true,
    };
  }
  const [file, ...surplus] = rest;
  if (file === undefined)
    return { kind: "usage-error", lang, key: "cli.usage.missing-file", params: { command } };
  if (surplus.length > 0) {
    return {
      kind: "usage-error",
      lang,
      key: "cli.usage.extra-argument",
      params: { argument: surplus.join(" ") },
    };
  }

  const force = values.force === true;
  switch (command) {
    case "template":
      return { kind: "template", lang, out: file, example: values.example === true, force };
    case "run":
      return {
        kind: "run",
        lang,
        input: file,
        ...(values.output !== undefined ? { out: values.output } : {}),
        ...(values.json !== undefined ? { json: values.json } : {}),
        strict: values.strict === true,
        force,
        ...(taken.scores.length > 0 ? { scores: taken.scores } : {}),
      };
    case "forms": {
      const outDir = values["out-dir"];
      if (outDir === undefined)
        return { kind: "usage-error", lang, key: "forms.usage.missing-out-dir", params: {} };
      return { kind: "forms", lang, input: file, outDir, force };
    }
    default:
      if (values.csv === undefined)
        return { kind: "usage-error", lang, key: "cli.usage.missing-csv", params: { command } };
      return command === "payments"
        ? { kind: "payments", lang, input: file, csv: values.csv, force }
        : { kind: "tranches", lang, input: file, csv: values.csv, force };
  }
}
