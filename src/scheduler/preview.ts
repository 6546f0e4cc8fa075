// `reminders preview`: the digests a range of days would bring, per person, without enqueueing anything.
import { agencyNames } from "../db/directory-repo.js";
import { recipientsByAgency, reviewersWithAccounts } from "../db/recipient-repo.js";
import { localDate } from "../domain/clock.js";
import { digestAt, itemFromReminder, mergeItems, ordered, type DigestItem, type Group } from "../domain/digest.js";
import { recipientsFor } from "../domain/recipients.js";
import { isWorkingDay } from "../domain/workcal.js";
import { itemLine, type Words } from "../core/digest/compose.js";
import { naturalCompare, stripHtml } from "../domain/text.js";
import { missingItems, planInputs, planReminders, repeatedCodes, type SchedulerDeps } from "./tick.js";

export interface DigestPreview {
  day: string;
  at: Date;
  /** Who gets it; null for an agency with nobody to receive it yet. */
  recipient: { id: number; name: string; role: string } | null;
  agency: string | null;
  items: { group: Group; kind: string; stage: string; code: string | null; due: string; line: string }[];
}

/** One digest per person (or agency without anyone) and working day, as the scheduler would send them. */
export async function previewDigests(
  deps: SchedulerDeps,
  from: Date,
  to: Date,
  words: Words,
): Promise<DigestPreview[]> {
  const planned = await planReminders(deps, from, to);
  const agencyIds = [...new Set(planned.map((r) => r.agencyId).filter((a): a is string => !!a))];
  const people = await recipientsByAgency(deps.db, agencyIds);
  const names = await agencyNames(deps.db);
  const all = await deps.catalog.allTasks();
  const tasks = new Map(all.map((t) => [t.taskId, t]));
  const repeated = repeatedCodes(all);
  const digests = new Map<string, { head: Omit<DigestPreview, "items">; items: DigestItem[] }>();
  const add = (key: string, head: Omit<DigestPreview, "items">, item: DigestItem) => {
    const d = digests.get(key) ?? { head, items: [] };
    d.items = mergeItems(d.items, [item]);
    digests.set(key, d);
  };
  for (const r of planned.filter((p) => p.audience !== "reviewers")) {
    const task = r.taskId ? tasks.get(r.taskId) : undefined;
    const agency = names.get(r.agencyId!) ?? r.agencyId!;
    const base = {
      agency,
      ...(task ? { code: task.code, title: task.title } : {}),
      ...(task && repeated.has(task.taskId) ? { key: task.key } : {}),
    };
    const { deliveries } = recipientsFor(people.get(r.agencyId!) ?? [], r.audience, r.at);
    if (deliveries.length === 0) {
      const day = localDate(r.at);
      add(
        `${day}|a:${r.agencyId}`,
        { day, at: digestAt(deps.cal, deps.digestMinute, day), recipient: null, agency },
        itemFromReminder(r, base),
      );
    }
    for (const d of deliveries) {
      const at = digestAt(deps.cal, deps.digestMinute, localDate(d.heldUntil ?? r.at));
      const day = localDate(at);
      const who = { id: d.recipient.userId, name: d.recipient.name, role: d.recipient.role };
      const item = itemFromReminder(r, { ...base, ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}) });
      add(`${day}|u:${who.id}`, { day, at, recipient: who, agency }, item);
    }
  }
  await addReviewers(deps, planned, add);
  return [...digests.values()]
    .map(({ head, items }) => ({
      ...head,
      items: ordered(items, head.day).map(({ item, group }) => ({
        group,
        kind: item.kind,
        stage: item.stage,
        code: item.code ?? null,
        due: item.due,
        line: stripHtml(itemLine(words, item, head.day)),
      })),
    }))
    .sort(
      (a, b) =>
        a.at.getTime() - b.at.getTime() ||
        naturalCompare(a.recipient?.name ?? a.agency ?? "", b.recipient?.name ?? b.agency ?? ""),
    );
}

/** Reviewers' digests: escalations and, the day after a quarter's deadline, the agencies still missing. */
async function addReviewers(
  deps: SchedulerDeps,
  planned: Awaited<ReturnType<typeof planReminders>>,
  add: (key: string, head: Omit<DigestPreview, "items">, item: DigestItem) => void,
) {
  const reviewers = await reviewersWithAccounts(deps.db);
  if (reviewers.length === 0) return;
  const inputs = await planInputs(deps);
  const names = await agencyNames(deps.db);
  for (const r of planned.filter((p) => p.kind === "escalation" || p.kind === "deadline-report")) {
    const day = localDate(r.at);
    if (!isWorkingDay(deps.cal, day)) continue;
    const items =
      r.kind === "escalation"
        ? [
            {
              ...itemFromReminder(r, { agency: names.get(r.agencyId!) ?? r.agencyId! }),
              id: `late|${r.key}`,
              stage: "review",
            },
          ]
        : await missingItems(deps, inputs, r);
    for (const rv of reviewers) {
      const head = {
        day,
        at: digestAt(deps.cal, deps.digestMinute, day),
        recipient: { id: rv.id, name: rv.displayName, role: "reviewer" },
        agency: null,
      };
      for (const item of items) add(`${day}|u:${rv.id}`, head, item);
    }
  }
}
