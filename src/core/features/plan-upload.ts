import { diffPlan, savePlan, type PlanDiff } from "../../db/plan-repo.js";
import type { PlanImport } from "../../importer/assemble.js";
import { MAX_PLAN_BYTES, parsePlanBytes } from "../../importer/read.js";
import { PlanFormatError } from "../../importer/types.js";
import { callbackData } from "../callback.js";
import { cancelButton, say, setState, stale, type Turn } from "../context.js";
import type { Feature, Flow } from "../feature.js";
import { replacementDoubt } from "../plans.js";
import type { Incoming, Reply } from "../types.js";

// An admin sends the plan as published (Word, or a text copy) in the chat: it is read and reported on, and a
// plan already loaded is replaced only after the admin has seen what would change and confirmed.

const CONFIRM = callbackData("pu:ok", {});
const ISSUES_SHOWN = 8;

const MAX_MB = String(Math.round(MAX_PLAN_BYTES / 1048576));

const isAdmin = (turn: Turn) => turn.account.user.role === "admin";

const confirmButtons = (turn: Turn) => [
  [{ label: turn.plain("button-plan-confirm"), data: CONFIRM.pack({}) }, cancelButton(turn)],
];

async function save(turn: Turn, planUpload: { sha256?: string; file?: string } | undefined): Promise<void> {
  const { planUpload: _p, paused: _q, ...rest } = turn.account.state;
  await setState(turn, planUpload ? { ...rest, planUpload } : rest);
}

async function ask(turn: Turn): Promise<Reply> {
  if (!isAdmin(turn)) return say(turn.t("plan-upload-admins-only"));
  await save(turn, {});
  return say(turn.t("plan-upload-ask", { max: MAX_MB }), [[cancelButton(turn)]]);
}

/** What the import understood, and the first things it did not. */
function report(turn: Turn, plan: PlanImport): Reply {
  const r = plan.report;
  const lines = [
    turn.t("plan-upload-done", {
      title: r.title,
      year: String(r.year),
      sections: r.sections,
      tasks: r.tasks,
      headings: r.headings,
      unresolved: r.unresolvedAgencies.length,
      unclassified: r.unclassifiedDeadlines.length,
      warnings: r.warnings.length,
    }),
  ];
  const issues = [
    ...r.unresolvedAgencies.map((u) =>
      turn.t("plan-upload-unresolved", { line: u.line, code: u.code, text: u.phrase }),
    ),
    ...r.unclassifiedDeadlines.map((u) =>
      turn.t("plan-upload-unclassified", { line: u.line, code: u.code, text: u.text }),
    ),
    ...r.warnings.map((w) => turn.t("plan-upload-warning", { line: w.line, text: w.message })),
  ];
  lines.push(...issues.slice(0, ISSUES_SHOWN));
  if (issues.length > ISSUES_SHOWN) lines.push(turn.t("plan-upload-more", { count: issues.length - ISSUES_SHOWN }));
  return say(lines.join("\n"));
}

function confirmation(turn: Turn, plan: PlanImport, diff: PlanDiff, file: string): Reply {
  const lines = [
    turn.t("plan-upload-confirm", {
      file,
      title: plan.title,
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      orphaned: diff.orphaned.length,
    }),
  ];
  const doubt = replacementDoubt(diff);
  if (doubt) lines.push(turn.t("plan-upload-doubt", { doubt }));
  return say(lines.join("\n"), confirmButtons(turn));
}

async function read(turn: Turn, bytes: Uint8Array, file: string): Promise<PlanImport | Reply> {
  try {
    return await parsePlanBytes(bytes, file, (await turn.catalog.directory()).jurisdictions);
  } catch (err) {
    if (!(err instanceof PlanFormatError)) throw err;
    return say(turn.t("plan-upload-refused", { file, reason: err.message }), [[cancelButton(turn)]]);
  }
}

/** The plan file arrived: a new plan is loaded at once; one replacing a loaded plan waits for a yes. */
async function received(turn: Turn, msg: Incoming): Promise<Reply> {
  const a = msg.attachment;
  // Zalo's Bot API hands a bot no files (only photos and stickers): say where a plan can be sent instead.
  if (a?.kind === "other")
    return say(turn.t("plan-upload-unsupported", { channel: msg.channel }), [[cancelButton(turn)]]);
  if (a?.kind !== "document" || !a.download) return say(turn.t("plan-upload-not-file"), [[cancelButton(turn)]]);
  if ((a.size ?? 0) > MAX_PLAN_BYTES)
    return say(turn.t("plan-upload-too-large", { max: MAX_MB }), [[cancelButton(turn)]]);
  let bytes: Uint8Array;
  try {
    bytes = await a.download();
  } catch {
    return say(turn.t("plan-upload-download-failed"), [[cancelButton(turn)]]);
  }
  const file = a.fileName ?? "ke-hoach.docx";
  const plan = await read(turn, bytes, file);
  if (!("tasks" in plan)) return plan;
  const diff = await diffPlan(turn.db, plan);
  if (diff.sameFile) {
    await save(turn, undefined);
    return say(turn.t("plan-upload-same", { title: plan.title }));
  }
  if (!diff.loaded) {
    await savePlan(turn.db, plan, turn.clock.now());
    await save(turn, undefined);
    return report(turn, plan);
  }
  await save(turn, { sha256: await turn.store.hold(bytes), file });
  return confirmation(turn, plan, diff, file);
}

async function confirmed(turn: Turn): Promise<Reply> {
  const held = turn.account.state.planUpload;
  if (!isAdmin(turn) || !held?.sha256 || !held.file) return stale(turn);
  const bytes = await turn.store.held(held.sha256);
  if (!bytes) {
    await save(turn, undefined);
    return stale(turn);
  }
  const plan = await read(turn, bytes, held.file);
  if (!("tasks" in plan)) return plan;
  await savePlan(turn.db, plan, turn.clock.now());
  await turn.store.release(held.sha256);
  await save(turn, undefined);
  return report(turn, plan);
}

async function drop(turn: Turn): Promise<Reply> {
  const sha = turn.account.state.planUpload?.sha256;
  if (sha) await turn.store.release(sha);
  await save(turn, undefined);
  return say(turn.t("plan-upload-cancelled"));
}

const flow: Flow = {
  name: "flow-plan-upload",
  ownIntents: ["plan_upload"],
  active: (state) => state.planUpload !== undefined,
  // Only a file answers it (or the confirmation button): words are a new request, or asked again.
  fits: () => "no",
  answer: (turn, msg) => (msg.attachment ? received(turn, msg) : flow.resume(turn)),
  resume: (turn) =>
    turn.account.state.planUpload?.sha256
      ? Promise.resolve(say(turn.t("plan-upload-waiting"), confirmButtons(turn)))
      : ask(turn),
  cancel: drop,
};

/** Plans sent in the chat by an admin (`/kehoach`, "nhập kế hoạch"), reported on, confirmed before replacing. */
export const planUploadFeature: Feature = {
  name: "plan-upload",
  intents: ["plan_upload"],
  callbacks: [CONFIRM],
  flow,
  onIntent: (turn) => ask(turn),
  onCallback: (turn, data) => (CONFIRM.match(data) ? confirmed(turn) : Promise.resolve(null)),
  onFile: (turn, msg) => received(turn, msg),
};
