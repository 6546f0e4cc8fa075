import { updateUser } from "../../db/user-repo.js";
import { suggestIntents, type Intent, type IntentName } from "../../domain/intent.js";
import { isLocale } from "../../i18n.js";
import { callbackData, INTENT } from "../callback.js";
import { say, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import { maySubmit } from "../submissions/permissions.js";
import type { Button, Reply } from "../types.js";
import { start } from "./linking.js";

export const LANGUAGE = callbackData("lg", { locale: "word" });

/** The three things this person most likely wants, by role. */
function usefulIntents(turn: Turn): IntentName[] {
  const user = turn.account.user;
  if (user.role === "admin") return ["access_requests", "review_inbox", "review_stats"];
  if (user.role === "reviewer") return ["review_inbox", "review_stats", "review_missing"];
  if (maySubmit(user, turn.config.submitRoles)) return ["my_tasks", "submit", "submission_status"];
  return ["my_tasks", "due_soon", "overdue"];
}

export const intentButtons = (turn: Turn, intents: IntentName[]): Button[][] => [
  intents.map((i) => ({ label: turn.plain(`intent-${i}`), data: INTENT.pack({ intent: i }) })),
];

/** What this person can do, with one example each; on numbered channels, how to pick and page. */
function help(turn: Turn, numbered: boolean): Reply {
  const user = turn.account.user;
  const parts = [turn.t("help-intro", { agency: user.agencyName ?? "—" }), turn.t("help-tasks")];
  if (maySubmit(user, turn.config.submitRoles)) parts.push(turn.t("help-submit"));
  else parts.push(turn.t("help-status"));
  if (user.role === "reviewer" || user.role === "admin") parts.push(turn.t("help-review"));
  if (user.role === "admin") parts.push(turn.t("help-admin"));
  parts.push(turn.t("help-reminders"), turn.t("help-accounts"));
  if (numbered) parts.push(turn.t("help-numbered"));
  parts.push(turn.t("help-cancel"));
  return say(parts.join("\n\n"));
}

async function language(turn: Turn, arg: string | undefined): Promise<Reply> {
  const wanted = arg?.trim().toLowerCase();
  if (!isLocale(wanted)) {
    const choices = [
      { label: "Tiếng Việt", data: LANGUAGE.pack({ locale: "vi" }) },
      { label: "English", data: LANGUAGE.pack({ locale: "en" }) },
    ];
    return say(turn.t("lang-choose"), [choices]);
  }
  await updateUser(turn.db, turn.account.user.id, { locale: wanted });
  turn.account.user = { ...turn.account.user, locale: wanted };
  return { ...say(turn.i18n.t(wanted, "lang-set")), locale: wanted };
}

/** Not understood: say so, and offer the closest commands. */
export function fallback(turn: Turn, intent: Intent, said: string): Reply {
  const key = intent.params.command ? "fallback-command" : "fallback";
  const suggestions = turn.account.user.status === "active" ? suggestIntents(said) : [];
  return say(
    turn.t(key, { command: intent.params.command ?? "" }),
    suggestions.length ? intentButtons(turn, suggestions) : undefined,
  );
}

/** Start, language, help, greetings and thanks. */
export const basicsFeature: Feature = {
  name: "basics",
  intents: ["start", "language", "help", "greeting", "thanks"],
  callbacks: [LANGUAGE],
  open: true,
  async onIntent(turn, intent, msg) {
    switch (intent.intent) {
      case "start":
        return start(turn, intent.params.arg);
      case "language":
        return language(turn, intent.params.arg);
      case "help":
        return help(turn, !msg.buttons);
      default: {
        const key = intent.intent === "greeting" ? "greeting" : "thanks";
        const name = turn.account.user.displayName;
        if (turn.account.user.status !== "active") return null;
        return say(turn.t(key, { name }), intentButtons(turn, usefulIntents(turn)));
      }
    }
  },
  onCallback: (turn, data) => language(turn, LANGUAGE.unpack(data)!.locale),
};
