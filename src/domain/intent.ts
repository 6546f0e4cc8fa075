import Fuse from "fuse.js";
import { fold } from "./text.js";

export const INTENTS = [
  "my_tasks",
  "due_soon",
  "overdue",
  "quarter",
  "lead_only",
  "support_only",
  "task_detail",
  "search",
  "submit",
  "submission_status",
  "help",
  "fallback",
  "start",
  "language",
  "cancel",
  "review_stats",
  "review_missing",
  "review_ranking",
  "snooze",
  "away",
  "back",
  "unmute",
  "link_channel",
  "notify_channel",
] as const;
export type IntentName = (typeof INTENTS)[number];

export interface IntentParams {
  /** Only tasks the agency leads or supports. */
  role?: "lead" | "support";
  /** "due within N days". */
  days?: number;
  /** A quarter: this, next, or 1–4 of the current year. */
  quarter?: "this" | "next" | 1 | 2 | 3 | 4;
  overdue?: boolean;
  code?: string;
  query?: string;
  /** /start payload, /lang argument, an unknown command. */
  arg?: string;
  command?: string;
}

export interface Intent {
  intent: IntentName;
  params: IntentParams;
}

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
  trogiup: "help",
  help: "help",
  lang: "language",
  huy: "cancel",
  cancel: "cancel",
  thongke: "review_stats",
  chuanop: "review_missing",
  xephang: "review_ranking",
  vangmat: "away",
  trolai: "back",
  batnhac: "unmute",
  lienket: "link_channel",
  nhacqua: "notify_channel",
};

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
// Words people wrap a request in ("cho em xem...", "... ạ").
const POLITE = /\b(?:cho (?:toi|em|minh|chung toi|anh|chi) (?:xem|biet|hoi)|(?:toi|em|minh) (?:muon|can|muon biet|can biet|xin) ?(?:xem|biet|hoi)?|xin (?:cho )?(?:hoi|xem)?|vui long|lam on|lam phien|giup (?:toi|em|minh)|ban oi|bot oi|a|nhe|nha|voi|di|ha|vay|the nao|duoc khong)\b/g;
const CODE = /(?:^|\s|nv|nhiem vu)((?:[ivx]{1,4}\/)?\d{1,2}(?:\.\d{1,3}){1,3})\.?(?=\s|$|\?)/;

const OVERDUE = /\b(?:qua han|tre han|tre hen|(?<!sap )het han|bi tre|da tre|qua thoi han|cham tien do|no dong)\b/;
const DUE_SOON = /\b(?:sap (?:den|toi|het|dao) han|sap den|sap toi|gan (?:den |toi )?han|can lam gap|viec gap|gap|sap phai nop|han gan)\b/;
const DAYS = /\b(?:trong|con|toi|trong vong)?\s*(\d{1,3})\s*ngay(?: toi| nua)?\b/;
const WEEK = /\b(?:tuan nay|tuan toi|tuan sau|trong tuan)\b/;
const QUARTER_THIS = /\bquy nay\b/;
const QUARTER_NEXT = /\bquy (?:sau|toi)\b/;
const QUARTER_N = /\bquy\s+(iv|i{1,3}|[1-4])\b/;
const LEAD = /\b(?:chu tri|minh chu tri|lam chinh)\b/;
const SUPPORT = /\bphoi hop\b/;
const SEARCH = /^(?:tim kiem|tim|tra cuu|search|loc|kiem)\s+(?:nhiem vu|viec|cong viec)?\s*(?:ve|lien quan den|lien quan|co chu)?\s*(.+)$/;
const ABOUT = /\b(?:nhiem vu|viec|cong viec)\s+(?:ve|lien quan den|lien quan toi)\s+(.+)$/;
const STATUS = /\b(?:da nop chua|nop(?: bai| bao cao| bai viet)? chua|da gui chua|gui chua|tinh trang nop|trang thai nop|da nop|bai da nop|ket qua nop|nop roi chua)\b/;
const SUBMIT = /\b(?:nop bai|nop bao cao|nop san pham|gui bai|nop bai viet|gui bao cao|nop tin bai|nop|bao cao ket qua)\b/;
const HELP = /^(?:tro giup|giup do|giup|huong dan|help|menu|tro giup gi|\?)$|\b(?:huong dan su dung|lam duoc gi|lam gi duoc|co the lam gi|dung the nao|su dung the nao|cac lenh)\b/;
const SNOOZE = /\bnhac (?:lai|toi|minh)? ?(?:sau|trong) (\d{1,2}) ngay\b|\bnhac (?:lai )?(?:vao )?tuan (?:sau|toi)\b/;
const AWAY = /\b(?:nghi phep|nghi om|nghi|vang mat|di cong tac|cong tac|di hoc)\b.*?\b(?:den|toi|het|den het)\s+(?:ngay\s+)?(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)/;
const BACK = /\b(?:da di lam lai|di lam lai|da di lam|da ve co quan|tro lai lam viec|het nghi phep)\b/;
const UNMUTE = /\b(?:bat (?:lai )?nhac|mo (?:lai )?nhac)\b/;
const MINE = /\b(?:nhiem vu|nhiem vuj|nv|viec|cong viec|task|danh sach|cua toi|cua em|cua minh|cua don vi|can lam|phai lam|duoc giao)\b/;

// Phrases for fuzzy matching of misspelt requests ("nhiem vuu cua toi", "qua hna").
const FUZZY: { phrase: string; intent: IntentName }[] = [
  { phrase: "nhiem vu cua toi", intent: "my_tasks" },
  { phrase: "nhiem vu", intent: "my_tasks" },
  { phrase: "cong viec", intent: "my_tasks" },
  { phrase: "qua han", intent: "overdue" },
  { phrase: "tre han", intent: "overdue" },
  { phrase: "sap den han", intent: "due_soon" },
  { phrase: "sap het han", intent: "due_soon" },
  { phrase: "quy nay", intent: "quarter" },
  { phrase: "chu tri", intent: "lead_only" },
  { phrase: "phoi hop", intent: "support_only" },
  { phrase: "nop bai", intent: "submit" },
  { phrase: "huong dan", intent: "help" },
  { phrase: "tro giup", intent: "help" },
];
const fuzzy = new Fuse(FUZZY, { keys: ["phrase"], includeScore: true, threshold: 0.34, ignoreLocation: true });

function words(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9./?&]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function filters(t: string): IntentParams {
  const p: IntentParams = {};
  if (LEAD.test(t) && !SUPPORT.test(t)) p.role = "lead";
  if (SUPPORT.test(t) && !LEAD.test(t)) p.role = "support";
  if (QUARTER_THIS.test(t)) p.quarter = "this";
  else if (QUARTER_NEXT.test(t)) p.quarter = "next";
  else {
    const q = QUARTER_N.exec(t);
    if (q) p.quarter = ROMAN[q[1]!];
  }
  if (OVERDUE.test(t)) p.overdue = true;
  const d = DAYS.exec(t);
  if (d && Number(d[1]) > 0) p.days = Math.min(Number(d[1]), 366);
  else if (WEEK.test(t)) p.days = /tuan (?:toi|sau)/.test(t) ? 14 : 7;
  else if (DUE_SOON.test(t)) p.days = DEFAULT_DUE_DAYS;
  return p;
}

function fromFilters(p: IntentParams): Intent | null {
  if (p.overdue) return { intent: "overdue", params: p };
  if (p.days) return { intent: "due_soon", params: p };
  if (p.quarter) return { intent: "quarter", params: p };
  if (p.role === "lead") return { intent: "lead_only", params: p };
  if (p.role === "support") return { intent: "support_only", params: p };
  return null;
}

function slash(text: string): Intent | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const arg = (m[2] ?? "").trim();
  const intent = COMMANDS[name];
  if (!intent) return { intent: "fallback", params: { command: name } };
  const params: IntentParams = {};
  if (intent === "search") params.query = arg;
  else if (intent === "task_detail") params.code = arg;
  else if (intent === "due_soon") params.days = Number(arg) > 0 ? Math.min(Number(arg), 366) : DEFAULT_DUE_DAYS;
  else if (intent === "quarter") Object.assign(params, filters(words(`quy ${arg || "nay"}`)));
  else if (arg) params.arg = arg;
  return { intent, params };
}

/** Understands a message in Vietnamese (with or without diacritics) or a slash command. */
export function detectIntent(raw: string): Intent {
  const text = raw.slice(0, 500);
  const command = slash(text);
  if (command) return command;
  // A link code ("ABCD-EFGH") or an invite code sent on its own (Zalo users rarely type commands).
  const link = /^\s*([A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4})\s*$/i.exec(text);
  if (link) return { intent: "link_channel", params: { arg: link[1]!.toUpperCase() } };
  const invite = /^\s*([A-HJ-KM-NP-Za-hj-km-np-z2-9]{8})\s*$/.exec(text);
  if (invite && /\d/.test(invite[1]!)) return { intent: "start", params: { arg: invite[1]!.toUpperCase() } };
  const t = words(text);
  if (!t) return { intent: "fallback", params: {} };

  const search = SEARCH.exec(t) ?? ABOUT.exec(t);
  if (search && !CODE.test(t)) return { intent: "search", params: { query: searchText(text, search[1]!) } };
  const code = CODE.exec(t);
  if (code) return { intent: "task_detail", params: { code: code[1]!.toUpperCase().replace(/^([IVX]+)\//, "$1/") } };
  const snooze = SNOOZE.exec(t);
  if (snooze) return { intent: "snooze", params: { days: snooze[1] ? Math.min(Number(snooze[1]), 60) : 7 } };
  const away = AWAY.exec(t);
  if (away) return { intent: "away", params: { arg: away[1]! } };
  if (BACK.test(t)) return { intent: "back", params: {} };
  if (UNMUTE.test(t)) return { intent: "unmute", params: {} };
  if (STATUS.test(t)) return { intent: "submission_status", params: {} };
  if (SUBMIT.test(t) && !/\bnhiem vu\b.*\bnop\b.*\b(?:qua han|sap)/.test(t)) return { intent: "submit", params: {} };

  const core = t.replace(POLITE, " ").replace(/\s+/g, " ").trim();
  if (HELP.test(core) || HELP.test(t)) return { intent: "help", params: {} };
  const f = fromFilters(filters(t));
  if (f) return f;
  if (MINE.test(t)) return { intent: "my_tasks", params: {} };

  const guess = fuzzyIntent(core || t);
  if (guess) {
    const params = filters(words(guess.phrase));
    return { intent: guess.intent, params: guess.intent === "quarter" ? { quarter: "this" } : params };
  }
  return { intent: "fallback", params: {} };
}

/** The search words in the user's own spelling (diacritics kept). */
function searchText(original: string, foldedQuery: string): string {
  const n = foldedQuery.split(" ").length;
  const parts = original.trim().split(/\s+/);
  return parts.slice(Math.max(0, parts.length - n)).join(" ");
}

function fuzzyIntent(t: string): { intent: IntentName; phrase: string } | null {
  const tokens = t.split(" ");
  let best: { intent: IntentName; phrase: string; score: number } | null = null;
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const window = tokens.slice(i, i + n).join(" ");
      if (window.length < 4) continue;
      const [hit] = fuzzy.search(window, { limit: 1 });
      if (hit && (hit.score ?? 1) < (best?.score ?? 1) && Math.abs(hit.item.phrase.length - window.length) <= 3) {
        best = { intent: hit.item.intent, phrase: hit.item.phrase, score: hit.score ?? 1 };
      }
    }
  }
  return best;
}

/** The commands closest to what the user wrote, for the fallback answer. */
export function suggestIntents(raw: string, limit = 3): IntentName[] {
  const t = words(raw);
  const hits = fuzzy.search(t, { limit: 10 });
  const seen = new Set<IntentName>();
  for (const h of hits) seen.add(h.item.intent);
  for (const i of ["my_tasks", "due_soon", "help"] as IntentName[]) seen.add(i);
  return [...seen].slice(0, limit);
}
