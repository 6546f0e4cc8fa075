import { rotationInMonth } from "../../db/plan-repo.js";
import { parseIso } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { escapeHtml } from "../html.js";
import { say, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import type { Reply } from "../types.js";

/** The month a rota question is about: this one, the next, or a month named by number. */
function monthOf(turn: Turn, intent: Intent): { year: number; month: number } {
  const now = parseIso(today(turn.clock));
  const m = intent.params.month;
  if (m === "next")
    return now.month === 12 ? { year: now.year + 1, month: 1 } : { year: now.year, month: now.month + 1 };
  if (typeof m === "number" && m >= 1 && m <= 12) return { year: now.year, month: m };
  return { year: now.year, month: now.month };
}

/** "lịch đăng tin", "tháng này đơn vị nào đăng tin": who posts, and whether it is this person's agency. */
async function rota(turn: Turn, intent: Intent): Promise<Reply> {
  const { year, month } = monthOf(turn, intent);
  const rows = await rotationInMonth(turn.db, year, month);
  const when = `${month}/${year}`;
  if (rows.length === 0) return say(turn.t("rota-none", { month: when }));
  const lines = [turn.t("rota-title", { month: when }), ...rows.map((r) => `• ${escapeHtml(r.agency)}`)];
  const mine = turn.account.user.agencyId;
  if (mine && rows.some((r) => r.agencyId === mine)) lines.push("", turn.t("rota-yours"));
  return say(lines.join("\n"));
}

/** The posting rota of plans that have one. */
export const rotaFeature: Feature = {
  name: "rota",
  intents: ["rota"],
  callbacks: [],
  onIntent: (turn, intent) => rota(turn, intent),
};
