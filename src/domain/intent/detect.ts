import Fuse from "fuse.js";
import * as L from "./lexicon.js";
import { normalize } from "./normalize.js";
import { foldSameLength } from "../text.js";
import type { Intent, IntentName, IntentParams, QuarterRef } from "./types.js";
import { dayRefIn, windowIn } from "./windows.js";
import { rx } from "../rx.js";

export const DEFAULT_DUE_DAYS = 14;

const COMMANDS: Record<string, IntentName> = {
  start: "start",
  nhiemvu: "my_tasks",
  sapden: "due_soon",
  quahan: "overdue",
  quy: "quarter",
  chutri: "lead_only",
  phoihop: "support_only",
  timkiem: "search",
  tim: "search",
  xem: "task_detail",
  nop: "submit",
  danop: "submission_status",
  han: "deadline_question",
  trogiup: "help",
  help: "help",
  lang: "language",
  huy: "cancel",
  cancel: "cancel",
  tieptuc: "resume",
  thongke: "review_stats",
  chuanop: "review_missing",
  xephang: "review_ranking",
  duyet: "review_inbox",
  duyettk: "access_requests",
  lichdangtin: "rota",
  vangmat: "away",
  trolai: "back",
  tatnhac: "mute",
  batnhac: "unmute",
  lienket: "link_channel",
  nhacqua: "notify_channel",
  kehoach: "plan_upload",
  bang: "board",
};

const ROMAN: Record<string, 1 | 2 | 3 | 4> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
};
const CODE = "(?:[ivx]{1,4}/)?\\d{1,3}(?:\\.\\d{1,4}){1,3}";
const CODE_IN = new RegExp(`(?:^|\\s)(${CODE})(?=\\s|$)`);
const REPORT_ON = new RegExp(L.REPORT_ON.source.replaceAll("CODE", CODE));
/** A code may stand between the verb and the delay ("hoãn 1.10 sang tuần sau"). */
const SNOOZE = new RegExp(L.SNOOZE.source.replaceAll("CODE", CODE));

function quarterIn(t: string): QuarterRef | undefined {
  const q = L.QUARTER_N.exec(t);
  if (q) return ROMAN[q[1]!];
  if (L.QUARTER_THIS.test(t)) return "this";
  if (L.QUARTER_NEXT.test(t)) return "next";
  return undefined;
}

/** Words that only name a span of days: "tháng sau", "3 tháng tới" on their own are a question about tasks. */
const SPAN_WORDS = rx(
  "g",
)`\b(?:trong|toi|nay|sau|tuan|thang|ngay|hom|mai|cuoi|this|next|week|month|weekend|today|tomorrow|thu|chu|nhat
    |nua|vong|\d+|\?)\b`;

const codeOf = (raw: string) => raw.toUpperCase();

function channelIn(t: string): IntentParams["channel"] | undefined {
  if (/\bca hai\b|\bca-hai\b|\bboth\b|\ball\b/.test(t)) return "all";
  if (/\bzalo\b/.test(t)) return "zalo";
  if (/\btelegram\b/.test(t)) return "telegram";
  return undefined;
}

/** "/duyet SNV-2024Q1-01" opens that submission; "/duyettk 12" approves request 12. */
function slashDecision(intent: IntentName, arg: string): Intent | null {
  const receipt = intent === "review_inbox" ? L.RECEIPT.exec(arg) : null;
  if (receipt) return { intent: "review_open", params: { receipt: receipt[1]!.toUpperCase() } };
  const request = intent === "access_requests" ? /^#?(\d{1,9})$/.exec(arg) : null;
  if (request) return { intent: "access_decide", params: { user: Number(request[1]), accept: true } };
  return null;
}

function slash(text: string): Intent | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const arg = (m[2] ?? "").trim();
  const intent = COMMANDS[name];
  if (!intent) return { intent: "fallback", params: { command: name } };
  return slashDecision(intent, arg) ?? { intent, params: slashParams(intent, arg) };
}

/** What a command's argument says: a query, a code, days, a quarter, a channel, a day back. */
function slashParams(intent: IntentName, arg: string): IntentParams {
  const t = normalize(arg);
  const params: IntentParams = {};
  if (intent === "search") params.query = arg;
  else if (intent === "task_detail") params.code = arg;
  else if (intent === "due_soon") params.days = Number(arg) > 0 ? Math.min(Number(arg), 366) : DEFAULT_DUE_DAYS;
  else if (intent === "quarter") params.quarter = quarterIn(`quy ${t || "nay"}`) ?? "this";
  else if (intent === "notify_channel") {
    const channel = channelIn(t);
    if (channel) params.channel = channel;
    else if (arg) params.arg = arg;
  } else if (intent === "away") {
    const until = dayRefIn(t);
    if (until) params.until = until;
  } else if (arg) {
    const q = quarterIn(`quy ${t}`);
    if ((intent === "review_stats" || intent === "review_missing" || intent === "submission_status") && q)
      params.quarter = q;
    else params.arg = arg;
  }
  return params;
}

/** The list filters a message names: role, quarter, overdue, a span of days. */
function listIntent(t: string): Intent | null {
  const p: IntentParams = {};
  if (L.LEAD.test(t) && !L.SUPPORT.test(t)) p.role = "lead";
  if (L.SUPPORT.test(t) && !L.LEAD.test(t)) p.role = "support";
  const quarter = quarterIn(t);
  if (L.OVERDUE.test(t)) return { intent: "overdue", params: { ...p, ...(quarter ? { quarter } : {}) } };
  // A span of days is a question about tasks only with a word about tasks, or on its own ("tháng sau").
  const span = L.TASK_ANCHOR.test(t) || !t.replace(SPAN_WORDS, "").trim() ? windowIn(t) : null;
  if (span?.days) return { intent: "due_soon", params: { ...p, days: span.days } };
  if (span?.window) return { intent: "due_soon", params: { ...p, window: span.window } };
  if (L.WHAT_IS_DUE.test(t)) return { intent: "due_soon", params: { ...p, days: DEFAULT_DUE_DAYS } };
  if (L.DUE_SOON.test(t)) return { intent: "due_soon", params: { ...p, days: DEFAULT_DUE_DAYS } };
  if (quarter) return { intent: "quarter", params: { ...p, quarter } };
  if (p.role === "lead") return { intent: "lead_only", params: p };
  if (p.role === "support") return { intent: "support_only", params: p };
  return null;
}

/**
 * Understands a message in Vietnamese (with or without diacritics, with
 * typos and shorthand), in English, or a slash command.
 */
export function detectIntent(raw: string): Intent {
  const found = understand(raw.slice(0, 500));
  // "quý 1/2024", "xếp hạng năm 2023": the year goes with quarter and standing questions.
  if (YEAR_INTENTS.includes(found.intent) && found.params.year === undefined) {
    const year = /(?:^|[^\d])(20\d\d)(?!\d)/.exec(raw.slice(0, 500));
    if (year) found.params.year = Number(year[1]);
  }
  return found;
}

const YEAR_INTENTS: IntentName[] = [
  "quarter",
  "overdue",
  "submission_status",
  "deadline_question",
  "review_stats",
  "review_missing",
  "review_ranking",
];

/** What every stage reads: the raw text, its normalised form, the form without polite wrappers. */
interface Reading {
  text: string;
  t: string;
  core: string;
  code: string | undefined;
  quarter: ReturnType<typeof quarterIn>;
}

// The order matters: an earlier stage's words win ("hủy nộp bài" cancels, it does not submit).
const STAGES: ((r: Reading) => Intent | null)[] = [
  decisions,
  navigation,
  social,
  admin,
  questions,
  preferences,
  lookups,
];

function understand(text: string): Intent {
  const command = slash(text) ?? bareCode(text);
  if (command) return command;
  const t = normalize(text);
  if (!t) return { intent: "fallback", params: {} };
  // The request without its wrappers ("cho em xem …", "… ạ").
  const core = t.replace(L.POLITE, " ").replace(/\s+/g, " ").trim();
  const reading: Reading = { text, t, core, code: CODE_IN.exec(t)?.[1], quarter: quarterIn(t) };
  for (const stage of STAGES) {
    const found = stage(reading);
    if (found) return found;
  }
  return fuzzyIntent(core || t) ?? { intent: "fallback", params: {} };
}

/** The words after `at` in the person's own spelling (the folded text keeps every character's place). */
function rest(text: string, at: number): string {
  return text.normalize("NFC").slice(at).trim();
}

/** A reason after a receipt or an agency: "vì thiếu số liệu", ": thiếu ảnh"; none when nothing follows. */
function reasonIn(text: string): string | undefined {
  const folded = foldSameLength(text).toLowerCase();
  const lead = L.REASON.exec(folded)?.[0].length ?? 0;
  const said = text.slice(lead).trim();
  return said ? said : undefined;
}

/**
 * A reviewer's or an admin's decision in words: "duyệt SNV-2024Q1-01", "trả lại SNV-2024Q1-01 vì thiếu số
 * liệu", "duyệt bài của UBND Quận 1", "duyệt tài khoản 12"; a receipt on its own (or "xem …") opens it.
 */
function decisions({ text, t }: Reading): Intent | null {
  // Read on every message: most name no receipt and start with no decision word, and are let go at once.
  if (!L.MAY_DECIDE.test(t) && !/\d{4}q[1-4]\b/.test(t)) return null;
  const raw = text.normalize("NFC");
  const folded = foldSameLength(raw).toLowerCase();
  const accept = L.DECIDE_ACCEPT.test(folded);
  const refuse = !accept && L.DECIDE_RETURN.test(folded);
  const receipt = L.RECEIPT.exec(raw);
  if (receipt) return onReceipt(raw, folded, receipt, accept, refuse);
  if (!accept && !refuse) return null;
  const account = L.DECIDE_ACCOUNT.exec(folded);
  if (account) return { intent: "access_decide", params: { user: Number(account[1]), accept } };
  // The decision word alone ("duyệt", "ok duyệt", "trả lại vì …"): about the submission just opened.
  const bare = L.DECIDE_ALONE.exec(folded);
  if (bare) return decided(accept, refuse ? reasonIn(rest(raw, bare[0].length)) : undefined);
  const of = L.DECIDE_OF_AGENCY.exec(folded);
  return of ? ofAgency(rest(raw, of[0].length), accept, refuse) : null;
}

const decided = (accept: boolean, comment: string | undefined, more: IntentParams = {}): Intent => ({
  intent: "review_decide",
  params: { ...more, accept, ...(comment ? { comment } : {}) },
});

/** "SNV-2024Q1-01" or "xem …" opens it; "duyệt …", "trả lại … vì …" decide on it. */
function onReceipt(raw: string, folded: string, m: RegExpExecArray, accept: boolean, refuse: boolean): Intent | null {
  const receipt = m[1]!.toUpperCase();
  const before = folded.slice(0, m.index).trim();
  if (!before || L.DECIDE_OPEN.test(before)) return { intent: "review_open", params: { receipt } };
  if (!accept && !refuse) return null;
  return decided(accept, refuse ? reasonIn(rest(raw, m.index + m[0].length)) : undefined, { receipt });
}

/** "duyệt bài của UBND Quận 1", "trả lại bài này vì …": an agency, or the submission just opened. */
function ofAgency(said: string, accept: boolean, refuse: boolean): Intent | null {
  const reason = / (?:vì|vi|lý do|ly do|do)[ :]/iu.exec(said);
  const agency = (reason ? said.slice(0, reason.index) : said).replace(/[.!]+$/, "").trim();
  const comment = refuse && reason ? reasonIn(said.slice(reason.index)) : undefined;
  const key = foldSameLength(agency).toLowerCase();
  if (L.THIS_ONE.test(key)) return decided(accept, comment);
  if (!agency || L.NOT_AGENCY.test(key)) return null;
  return decided(accept, comment, { agency });
}

/** A link code ("ABCD-EFGH") or an invite code sent on its own (Zalo users rarely type commands). */
function bareCode(text: string): Intent | null {
  const link = /^\s*([A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4})\s*$/i.exec(text);
  if (link) return { intent: "link_channel", params: { arg: link[1]!.toUpperCase() } };
  const invite = /^\s*([A-HJ-KM-NP-Za-hj-km-np-z2-9]{8})\s*$/.exec(text);
  if (invite && /\d/.test(invite[1]!) && /[a-z]/i.test(invite[1]!))
    return { intent: "start", params: { arg: invite[1]!.toUpperCase() } };
  return null;
}

function navigation({ t, core }: Reading): Intent | null {
  for (const [re, intent] of [
    [L.CANCEL, "cancel"],
    [L.RESUME, "resume"],
    [L.PAGE_NEXT, "page_next"],
    [L.PAGE_PREV, "page_prev"],
  ] as const) {
    if (re.test(t) || re.test(core)) return { intent, params: {} };
  }
  const page = L.PAGE_N.exec(t);
  if (page) return { intent: "page_n", params: { page: Number(page[1]) } };
  if (L.PAGE_FIRST.test(core)) return { intent: "page_n", params: { page: 1 } };
  if (L.PAGE_LAST.test(core)) return { intent: "page_n", params: { page: "last" } };
  return null;
}

function social({ t }: Reading): Intent | null {
  if (L.GREETING.test(t)) return { intent: "greeting", params: {} };
  if (L.THANKS.test(t) || L.THANKS_FOR.test(t)) return { intent: "thanks", params: {} };
  if (L.LANGUAGE.test(t)) return { intent: "language", params: { arg: /anh|english/.test(t) ? "en" : "vi" } };
  return null;
}

/** An admin's or reviewer's requests that are not questions: loading a plan file, opening the board. */
function admin({ t }: Reading): Intent | null {
  if (L.BOARD.test(t)) return { intent: "board", params: {} };
  return L.PLAN_UPLOAD.test(t) ? { intent: "plan_upload", params: {} } : null;
}

function questions({ t, core, code, quarter }: Reading): Intent | null {
  if (L.DEADLINE_Q.test(t)) {
    if (code) return { intent: "deadline_question", params: { subject: "task", code: codeOf(code) } };
    return { intent: "deadline_question", params: { subject: "article", ...(quarter ? { quarter } : {}) } };
  }
  if (L.HELP.test(core) || L.HELP.test(t)) return { intent: "help", params: {} };
  if (L.CHANGE_SUBMISSION.test(t)) return { intent: "submission_status", params: {} };
  const report = REPORT_ON.exec(t);
  if (report) return { intent: "submit", params: { code: codeOf(report[1] ?? report[2]!) } };
  if (L.STATUS.test(t))
    return { intent: "submission_status", params: quarter && quarter !== "next" ? { quarter } : {} };
  if (L.REVIEW_MISSING.test(t)) return { intent: "review_missing", params: quarter ? { quarter } : {} };
  if (L.REVIEW_INBOX.test(t)) return { intent: "review_inbox", params: {} };
  if (L.REVIEW_RANKING.test(t)) return { intent: "review_ranking", params: quarter ? { quarter } : {} };
  if (L.REVIEW_STATS.test(t)) return { intent: "review_stats", params: quarter ? { quarter } : {} };
  if (L.ACCESS_REQUESTS.test(t)) return { intent: "access_requests", params: {} };
  return null;
}

/** Reminder preferences, absences, linked apps and the posting rota. */
function preferences({ t }: Reading): Intent | null {
  const snooze = SNOOZE.exec(t);
  if (snooze) {
    const n = snooze.slice(1).find(Boolean);
    const days = n ? Math.min(Number(n), 60) : /tuan/.test(snooze[0]) ? 7 : 1;
    return { intent: "snooze", params: { days } };
  }
  if (L.MUTE.test(t)) return { intent: "mute", params: {} };
  if (L.UNMUTE.test(t)) return { intent: "unmute", params: {} };
  if (L.BACK.test(t)) return { intent: "back", params: {} };
  if ((L.AWAY.test(t) || L.AWAY_UNTIL.test(t)) && !L.MINE.test(t.replace(/\bcong tac\b/, ""))) {
    const until = dayRefIn(t);
    return { intent: "away", params: until ? { until } : {} };
  }
  if (L.NOTIFY_CHANNEL.test(t)) return { intent: "notify_channel", params: { channel: channelIn(t)! } };
  if (L.LINK.test(t)) return { intent: "link_channel", params: {} };
  if (L.ROTA.test(t)) {
    const month = rotaMonth(t);
    return { intent: "rota", params: month ? { month } : {} };
  }
  return null;
}

function rotaMonth(t: string): number | "this" | "next" | undefined {
  const n = /\bthang (\d{1,2})\b/.exec(t);
  if (n) return Number(n[1]);
  if (/\bthang nay\b/.test(t)) return "this";
  if (/\bthang (?:sau|toi)\b/.test(t)) return "next";
  return undefined;
}

/** Search, one task, a submission, and the task lists. */
function lookups({ text, t, core, code }: Reading): Intent | null {
  const search = L.SEARCH.exec(core) ?? L.SEARCH.exec(t) ?? L.ABOUT.exec(t);
  if (search && !code) return { intent: "search", params: { query: searchText(text, search[1]!) } };
  if (code) return { intent: "task_detail", params: { code: codeOf(code) } };
  if (L.SUBMIT.test(t) && !L.WHAT_IS_DUE.test(t)) {
    if (!L.MINE.test(t.replace(/\b(?:bai viet|bao cao|bai)\b/g, "")) || /\b(?:nop|gui) (?:bai|bao cao)\b/.test(t))
      return { intent: "submit", params: {} };
  }
  const list = listIntent(t);
  if (list) return list;
  if (L.MINE.test(t)) return { intent: "my_tasks", params: {} };
  return null;
}

/** The search words in the user's own spelling (diacritics kept). */
function searchText(original: string, foldedQuery: string): string {
  const n = foldedQuery.split(" ").length;
  const parts = original
    .trim()
    .replace(/[?.!]+$/, "")
    .replace(/\s+(?:không|ko|khong)$/i, "")
    .split(/\s+/);
  return parts.slice(Math.max(0, parts.length - n)).join(" ");
}

// Phrases for the last resort: a short message that is a misspelling of one of them ("nhiem vux cua tooi").
const FUZZY: { phrase: string; intent: IntentName }[] = [
  { phrase: "nhiem vu cua toi", intent: "my_tasks" },
  { phrase: "nhiem vu", intent: "my_tasks" },
  { phrase: "qua han", intent: "overdue" },
  { phrase: "tre han", intent: "overdue" },
  { phrase: "sap den han", intent: "due_soon" },
  { phrase: "sap het han", intent: "due_soon" },
  { phrase: "nop bai", intent: "submit" },
  { phrase: "huong dan", intent: "help" },
  { phrase: "tro giup", intent: "help" },
];
const fuzzy = new Fuse(FUZZY, { keys: ["phrase"], includeScore: true, threshold: 0.34, ignoreLocation: true });

function fuzzyIntent(t: string): Intent | null {
  // Only short messages: a long one that matched nothing above is not a misspelt command.
  if (t.split(" ").length > 4 || t.length < 5) return null;
  const [hit] = fuzzy.search(t, { limit: 1 });
  if (!hit || (hit.score ?? 1) > 0.34 || Math.abs(hit.item.phrase.length - t.length) > 2) return null;
  const params: IntentParams = hit.item.intent === "due_soon" ? { days: DEFAULT_DUE_DAYS } : {};
  return { intent: hit.item.intent, params };
}

/** The commands closest to what the user wrote, for the fallback answer. */
export function suggestIntents(raw: string, limit = 3): IntentName[] {
  const hits = fuzzy.search(normalize(raw), { limit: 10 });
  const seen = new Set<IntentName>();
  for (const h of hits) seen.add(h.item.intent);
  for (const i of ["my_tasks", "due_soon", "help"] as IntentName[]) seen.add(i);
  return [...seen].slice(0, limit);
}
