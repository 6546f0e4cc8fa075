import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FluentVariable } from "@fluent/bundle";
import { I18n as GrammyI18n } from "@grammyjs/i18n";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Markup the code built and escaped itself: passed into a message as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
export const html = (value: string): Html => new Html(value);

export type Args = Record<string, FluentVariable | Html>;

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
    this.engine = new GrammyI18n({
      defaultLocale: "vi",
      useSession: false,
      fluentBundleOptions: { useIsolating: false },
    });
    this.engine.loadLocalesDirSync(dir);
    memoizeNegotiation(this.engine);
  }

  /**
   * A message in our markup. Every string argument is escaped here, once, so
   * a name such as "Bé & <Bự>" can never break a message; markup the caller
   * built itself comes wrapped in `html()`.
   */
  t(locale: Locale, id: string, args?: Args): string {
    if (!args) return this.engine.t(locale, id);
    const safe: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(args))
      safe[k] = v instanceof Html ? v.value : typeof v === "string" ? escapeMarkup(v) : (v as number);
    return this.engine.t(locale, id, safe);
  }

  /** Plain text (button labels, toasts, the staff command line): nothing escaped, markup not expected. */
  plain(locale: Locale, id: string, args?: Args): string {
    const raw: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(args ?? {})) raw[k] = v instanceof Html ? v.value : (v as string | number);
    return this.engine.t(locale, id, raw);
  }

  /** Message ids defined for a locale, for the tests that keep the languages in step. */
  ids(locale: Locale): string[] {
    const folder = path.join(this.dir, locale);
    return readdirSync(folder)
      .filter((f) => f.endsWith(".ftl"))
      .flatMap((f) =>
        [...readFileSync(path.join(folder, f), "utf8").matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!),
      );
  }
}

/**
 * grammY's Fluent negotiates the language on every message it formats (a tenth of a
 * text update's time in npm run bench); our locales are fixed, so each answer is kept.
 */
function memoizeNegotiation(engine: GrammyI18n): void {
  const fluent = engine.fluent as unknown as { matchBundles?: (locales: string[]) => unknown };
  const negotiate = fluent.matchBundles?.bind(fluent);
  if (!negotiate) return;
  const known = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(",");
    if (!known.has(key)) known.set(key, negotiate(locales));
    return known.get(key);
  };
}

let shared: I18n | undefined;
export function i18n(): I18n {
  shared ??= new I18n();
  return shared;
}
