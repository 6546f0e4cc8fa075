// Which of a digest's items still matter when it is sent (or paged): a reminder of something done, muted or
// snoozed to a later day is left out, so a digest never nags about what was already handled.
import type { Db } from "../../db/client.js";
import { snoozedLater } from "../../db/outbox-repo.js";
import { doneKeys } from "../../db/submission-repo.js";
import type { DigestItem } from "../../domain/digest.js";

const aboutArticle = (i: DigestItem) => i.kind === "article" || i.kind === "escalation" || i.kind === "missing";

function muted(i: DigestItem, mutes: Set<string>): boolean {
  if (i.kind === "notice") return false;
  if (i.taskId && mutes.has(`task:${i.taskId}`)) return true;
  return mutes.has(`kind:${i.kind === "missing" || i.kind === "unattended" ? "digest" : i.kind}`);
}

function done(keys: Set<string>, i: DigestItem): boolean {
  if (aboutArticle(i) && i.agencyId && i.year && i.quarter)
    return keys.has(`article|${i.agencyId}|${i.year}|${i.quarter}`);
  if ((i.kind === "task" || i.kind === "rotation") && i.taskId && i.agencyId)
    return keys.has(`report|${i.agencyId}|${i.taskId}|${i.due}`);
  return false;
}

/** The ids of the items still worth showing on `accountId` at `now`. */
export async function liveItems(
  db: Db,
  accountId: number,
  items: DigestItem[],
  mutes: Set<string>,
  now: Date,
  rowId: number,
): Promise<Set<string>> {
  const later = await snoozedLater(db, accountId, now, rowId);
  const keys = await doneKeys(db, [...new Set(items.map((i) => i.agencyId).filter((a): a is string => !!a))]);
  const live = new Set<string>();
  for (const i of items) {
    if (muted(i, mutes) || (!i.snoozed && later.has(i.id)) || done(keys, i)) continue;
    live.add(i.id);
  }
  return live;
}
