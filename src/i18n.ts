import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Args = Record<string, FluentVariable>;

const LOCALES_DIR = path.resolve(import.meta.dirname, "../locales");

/** User-facing text lives in locales/<lang>/*.ftl (Fluent); code refers to message ids only. */
export class I18n {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(dir = LOCALES_DIR) {
    for (const locale of LOCALES) {
      const bundle = new FluentBundle(locale, { useIsolating: false });
      const folder = path.join(dir, locale);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl")).sort()) {
        const errors = bundle.addResource(new FluentResource(readFileSync(path.join(folder, file), "utf8")));
        if (errors.length) throw new Error(`${locale}/${file}: ${errors[0]!.message}`);
      }
      this.bundles.set(locale, bundle);
    }
  }

  has(locale: Locale, id: string): boolean {
    return this.bundles.get(locale)!.hasMessage(id);
  }

  t(locale: Locale, id: string, args?: Args): string {
    const bundle = this.bundles.get(locale)!;
    const message = bundle.getMessage(id) ?? (locale !== "vi" ? this.bundles.get("vi")!.getMessage(id) : undefined);
    if (!message?.value) return id;
    const owner = bundle.hasMessage(id) ? bundle : this.bundles.get("vi")!;
    return owner.formatPattern(message.value, args);
  }

  /** Message ids of a locale, for the tests that keep the languages in step. */
  ids(locale: Locale): string[] {
    const bundle = this.bundles.get(locale)! as unknown as { _messages: Map<string, unknown> };
    return [...bundle._messages.keys()];
  }
}

let shared: I18n | undefined;
export function i18n(): I18n {
  return (shared ??= new I18n());
}
