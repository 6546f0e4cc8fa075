import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FluentVariable } from "@fluent/bundle";
import { I18n as GrammyI18n } from "@grammyjs/i18n";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Args = Record<string, FluentVariable>;

export const LOCALES_DIR = path.resolve(import.meta.dirname, "../locales");

export function isLocale(value: unknown): value is Locale {
  return value === "vi" || value === "en";
}

/**
 * User-facing text lives in locales/<lang>/*.ftl (Fluent), loaded by grammY's
 * i18n plugin. The same instance serves every channel (the core calls `t`
 * with the user's language) and is the Telegram bot's i18n middleware.
 */
export class I18n {
  readonly engine: GrammyI18n;

  constructor(readonly dir = LOCALES_DIR) {
    this.engine = new GrammyI18n({ defaultLocale: "vi", useSession: false, fluentBundleOptions: { useIsolating: false } });
    this.engine.loadLocalesDirSync(dir);
  }

  t(locale: Locale, id: string, args?: Args): string {
    return this.engine.t(locale, id, args as Record<string, string | number>);
  }

  /** Message ids defined for a locale, for the tests that keep the languages in step. */
  ids(locale: Locale): string[] {
    const folder = path.join(this.dir, locale);
    return readdirSync(folder)
      .filter((f) => f.endsWith(".ftl"))
      .flatMap((f) => [...readFileSync(path.join(folder, f), "utf8").matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!));
  }
}

let shared: I18n | undefined;
export function i18n(): I18n {
  return (shared ??= new I18n());
}
