import { createBoardLink } from "../../db/board-repo.js";
import { say, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import { escapeHtml } from "../html.js";
import type { Reply } from "../types.js";
import { isReviewer } from "./review.js";

/** How long a board link from the chat works (once). */
export const BOARD_LINK_TTL_MS = 15 * 60_000;

/** "bảng theo dõi", "/bang": a reviewer's one-time link to the web board. */
async function boardLink(turn: Turn): Promise<Reply> {
  if (!isReviewer(turn)) return say(turn.t("board-reviewers-only"));
  const base = turn.config.boardBaseUrl;
  if (!base) return say(turn.t("board-off"));
  const token = await createBoardLink(turn.db, turn.account.user.id, turn.clock.now(), BOARD_LINK_TTL_MS);
  const url = `${base}/board/login?t=${token}`;
  return say(turn.t("board-link", { url: escapeHtml(url), minutes: BOARD_LINK_TTL_MS / 60_000 }));
}

export const boardFeature: Feature = {
  name: "board",
  intents: ["board"],
  callbacks: [],
  onIntent: (turn) => boardLink(turn),
};
