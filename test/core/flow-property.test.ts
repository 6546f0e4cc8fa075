import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSubmission } from "../../src/core/submissions/service.js";
import { flattenButtons, type Incoming, type Reply } from "../../src/core/types.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { world, type World } from "../helpers/assistant.js";
import { exe, pdf, png } from "../helpers/files.js";

// Random conversations through every flow (submission, review comment, joining),
// on a channel with buttons and one without: nothing may throw, every message
// gets an answer, and from wherever a sequence ends one cancel word leaves the flow.

const CANCEL_WORDS = ["hủy", "huỷ", "huy", "thôi", "bỏ", "dừng", "cancel", "Hủy"];
const COMMANDS = [
  "nộp bài",
  "nộp bài",
  "bài chờ duyệt",
  "/nop",
  "nhiệm vụ của tôi",
  "tôi đã nộp chưa",
  "hạn nộp bài quý 2 là khi nào?",
  "/trogiup",
  "xem thêm",
  "tiếp tục",
  "bài chờ duyệt",
  "quý 1",
  "1.14",
  "xin chào",
  "nghỉ phép đến 1/3",
  "/lang en",
  "/lang vi",
  "bài viết quý 1",
  "ok",
];

type Step =
  | { kind: "number"; n: number }
  | { kind: "label"; index: number; cut: boolean }
  | { kind: "press"; index: number }
  | { kind: "text"; text: string }
  | { kind: "file"; which: "pdf" | "png" | "exe" }
  | { kind: "empty" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("number" as const), n: fc.integer({ min: 0, max: 14 }) }),
  fc.record({ kind: fc.constant("label" as const), index: fc.nat(12), cut: fc.boolean() }),
  fc.record({ kind: fc.constant("press" as const), index: fc.nat(12) }),
  fc.record({ kind: fc.constant("text" as const), text: fc.constantFrom(...CANCEL_WORDS, ...COMMANDS) }),
  fc.record({ kind: fc.constant("text" as const), text: fc.string({ maxLength: 40 }) }),
  fc.record({
    kind: fc.constant("file" as const),
    which: fc.constantFrom("pdf" as const, "png" as const, "exe" as const),
  }),
  fc.constant({ kind: "empty" as const }),
);

let w: World;
let seq = 0;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  // Enough waiting submissions that reviewers keep finding one to accept or return.
  const agencies = await w.db.client.agency.findMany({ where: { kind: "district" }, take: 25 });
  for (const a of agencies) {
    for (const quarter of [1, 2, 3, 4]) {
      const content = { type: "text" as const, body: `Bài của ${a.name} quý ${quarter}` };
      await recordSubmission(
        w.db.client,
        w.services.store,
        { agencyId: a.id, kind: "article", quarter: { year: 2023, quarter }, content, channel: "test" },
        w.clock.now(),
      );
    }
  }
}, 60_000);
afterAll(async () => w.db.dispose());

/** A fresh person of a role, on a channel with or without buttons. */
async function person(role: "focal" | "reviewer", buttons: boolean): Promise<(m: Partial<Incoming>) => Promise<Reply>> {
  const id = `p${++seq}`;
  const channel = buttons ? ("telegram" as const) : ("zalo" as const);
  const send = (m: Partial<Incoming>) => w.assistant.handle({ channel, externalId: id, chatId: id, buttons, ...m });
  const invite = await createInvite(w.db.client, role === "focal" ? "hcm.snv" : "hcm.snv", role, w.clock.now(), 14);
  await send({ text: `/start ${invite.code}` });
  return send;
}

function attachment(which: "pdf" | "png" | "exe"): Incoming["attachment"] {
  const bytes = which === "pdf" ? pdf(`p${seq}-${Math.random()}`) : which === "png" ? png() : exe();
  return {
    kind: which === "png" ? "photo" : "document",
    fileName: `f.${which}`,
    size: bytes.length,
    download: async () => bytes,
  };
}

async function play(send: (m: Partial<Incoming>) => Promise<Reply>, steps: Step[]): Promise<void> {
  let last: Reply | null = null;
  for (const s of steps) {
    const options = flattenButtons(last?.messages.flatMap((m) => m.buttons ?? []));
    let m: Partial<Incoming>;
    if (s.kind === "number") m = { text: String(s.n) };
    else if (s.kind === "label") {
      const o = options[s.index % Math.max(1, options.length)];
      m = {
        text: o
          ? s.cut
            ? o.label.slice(0, Math.max(4, Math.ceil(o.label.length / 2)))
            : o.label.toLowerCase()
          : "xin chào",
      };
    } else if (s.kind === "press") {
      const o = options[s.index % Math.max(1, options.length)];
      m = o ? { callback: o.data } : { text: "tiếp tục" };
    } else if (s.kind === "file") m = { attachment: attachment(s.which) };
    else if (s.kind === "empty") m = { text: "" };
    else m = { text: s.text };
    last = await send(m);
    expect(last.messages.length + (last.toast ? 1 : 0)).toBeGreaterThan(0);
  }
}

describe("flows never trap", () => {
  for (const buttons of [false, true]) {
    for (const role of ["focal", "reviewer"] as const) {
      const channel = buttons ? "with" : "without";
      const title = `${role} on a channel ${channel} buttons: random sequences, then one cancel word leaves`;
      it(title, async () => {
        let inFlow = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.array(step, { minLength: 1, maxLength: 10 }),
            fc.constantFrom(...CANCEL_WORDS),
            async (steps, cancel) => {
              const send = await person(role, buttons);
              await play(send, role === "reviewer" ? [{ kind: "text", text: "bài chờ duyệt" }, ...steps] : steps);
              const before = await w.db.client.chatAccount.findFirstOrThrow({ where: { externalId: `p${seq}` } });
              if (/"(?:submit|review)"/.test(before.state)) inFlow++;
              const out = await send({ text: cancel });
              expect(out.messages.length).toBeGreaterThan(0);
              const account = await w.db.client.chatAccount.findFirstOrThrow({ where: { externalId: `p${seq}` } });
              const state = JSON.parse(account.state) as Record<string, unknown>;
              expect(state.submit).toBeUndefined();
              expect(state.review).toBeUndefined();
            },
          ),
          { numRuns: 40, seed: 20241123 },
        );
        // Not vacuous: some sequences really ended inside a flow.
        expect(inFlow).toBeGreaterThan(0);
      }, 120_000);
    }
  }
});
