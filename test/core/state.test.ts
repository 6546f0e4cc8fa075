import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSubmission } from "../../src/core/submissions/service.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { world, type World } from "../helpers/assistant.js";

// On channels without buttons the core remembers the numbered options in the
// account's state: that must not undo what a feature stored in the same turn.
let w: World;
const say = (who: string, text: string) =>
  w.assistant.handle({ channel: "zalo", externalId: who, chatId: who, text, buttons: false });
const all = (r: Awaited<ReturnType<typeof say>>) => r.messages.map((m) => m.text).join("\n");

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  const reviewer = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
  await say("rv", `/start ${reviewer.code}`);
});
afterAll(async () => w.db.dispose());

describe("conversation state on a channel without buttons", () => {
  it("a reviewer returns a submission by number, then types the reason", async () => {
    const sub = await recordSubmission(
      w.db.client,
      w.services.store,
      {
        agencyId: "hcm.q1",
        kind: "article",
        quarter: { year: 2024, quarter: 1 },
        content: { type: "text", body: "Bài viết của Quận 1" },
        channel: "test",
      },
      w.clock.now(),
    );
    const id = (sub as { id: number }).id;
    // The options the reviewer would have seen under the notification.
    await w.db.client.chatAccount.updateMany({
      where: { externalId: "rv" },
      data: {
        state: JSON.stringify({
          options: [
            { label: "Chấp nhận", data: `rv:a:${id}` },
            { label: "Trả lại", data: `rv:r:${id}` },
          ],
        }),
      },
    });
    expect(all(await say("rv", "2"))).toMatch(/lý do/);
    expect(all(await say("rv", "Thiếu hình ảnh minh họa"))).toMatch(/Đã trả lại/);
    expect((await w.db.client.submission.findUniqueOrThrow({ where: { id } })).reviewComment).toBe(
      "Thiếu hình ảnh minh họa",
    );
  });
});
