import { i18n, type Locale } from "../i18n.js";

/** Node's own parseArgs errors (English, with advice about "--") as one line in the person's language. */
export function argsError(locale: Locale, err: unknown): string {
  const e = err as { code?: string; message?: string };
  const option = /'(-[^']*)'/.exec(e.message ?? "")?.[1] ?? "";
  const id =
    e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
      ? "cli-unknown-option"
      : e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
        ? "cli-option-value"
        : e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
          ? "cli-unexpected-argument"
          : "cli-bad-option";
  return i18n().plain(locale, id, { option: option.split(/[ ,]/)[0] ?? option, message: e.message ?? "" });
}
