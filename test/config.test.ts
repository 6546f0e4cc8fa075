import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { I18n } from "../src/i18n.js";

describe("config", () => {
  it("defaults to the embedded SQLite database", () => {
    const c = loadConfig({}, "/tmp");
    expect(c.DATABASE_URL).toBe("file:./data/cchc.db");
    expect(c.LOG_LEVEL).toBe("info");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL: "file::memory:" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DEFAULT_LOCALE: "fr" }, "DEFAULT_LOCALE"],
    [{ PLANS_DIR: "./no-such-plans-folder" }, "PLANS_DIR"],
    [{ BOARD_BASE_URL: "ftp://cchc.example" }, "BOARD_BASE_URL"],
    [{ BOARD_SECRET: "too-short" }, "BOARD_SECRET"],
  ])("a bad value is one line naming the variable (%o)", (env, name) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, "/tmp")).toThrow(ConfigError);
    try {
      loadConfig(env as NodeJS.ProcessEnv, "/tmp");
    } catch (e) {
      expect((e as Error).message).toContain(name);
      expect((e as Error).message).not.toContain("\n");
    }
  });

  it("a bad token or secret is named, never repeated", () => {
    for (const env of [{ BOARD_SECRET: "short-secret-value" }, { TELEGRAM_BOT_TOKEN: "12:short-secret-value" }]) {
      const message = (() => {
        try {
          loadConfig(env as NodeJS.ProcessEnv, "/tmp");
        } catch (e) {
          return (e as Error).message;
        }
        return "";
      })();
      expect(message).toMatch(/^Invalid (BOARD_SECRET|TELEGRAM_BOT_TOKEN): /);
      expect(message).not.toContain("short-secret-value");
    }
  });

  it("without PLANS_DIR, the default folder is used only if it exists (else no plans, no error)", () => {
    expect(loadConfig({}, "/no-such-root/project").plansDir).toBeNull();
    expect(loadConfig({ PLANS_DIR: "/tmp" }, "/").plansDir).toBe("/tmp");
  });

  it("accepts PostgreSQL URLs", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db" }, "/tmp").DATABASE_URL).toMatch(
      /^postgresql/,
    );
  });
});

describe("locales", () => {
  it("Vietnamese and English have the same messages", () => {
    const i = new I18n();
    expect(i.ids("en").sort()).toEqual(i.ids("vi").sort());
  });
});
