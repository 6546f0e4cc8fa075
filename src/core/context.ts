import type { Db } from "../db/client.js";
import type { Account } from "../db/user-repo.js";
import type { Clock } from "../domain/clock.js";
import type { Args, I18n, Locale } from "../i18n.js";
import type { TaskCatalog } from "./catalog.js";
import type { FileStore } from "../storage/files.js";
import { saveState, type AccountState, type UserRole } from "../db/user-repo.js";
import type { Faults } from "./submissions/service.js";
import type { ReportingPeriod } from "../domain/progress.js";
import type { Logger } from "../logger.js";
import type { Button, OutMessage, Reply } from "./types.js";
import { CANCEL } from "./callback.js";

export interface CoreConfig {
  /** Telegram bot username, for t.me deep links in invites. */
  botUsername?: string;
  /** Where the reviewer board is served (links in chat are built on it); unset, the board is off. */
  boardBaseUrl?: string;
  inviteTtlDays: number;
  /** Messages longer than this are refused politely, not processed. */
  maxInputChars: number;
  pageSize: number;
  soonDays: number;
  /** Roles that may submit for their agency. */
  submitRoles: UserRole[];
  /** "<plan id>:<code>" of the quarterly article task; found by its wording when unset. */
  articleTask?: string;
  /** Largest file accepted (Telegram bots can download at most 20 MB). */
  maxUploadBytes: number;
  /** Messages one sender may send a minute, on every channel. */
  ratePerMinute: number;
  /** How often a continuous ("thường xuyên") task is reported on. */
  continuousReports: ReportingPeriod;
  /** When the daily digest goes (minutes after midnight; default: the start of working hours). */
  digestMinute?: number;
}

export const defaultCoreConfig: CoreConfig = {
  inviteTtlDays: 14,
  maxInputChars: 4000,
  pageSize: 8,
  soonDays: 14,
  submitRoles: ["focal"],
  maxUploadBytes: 20 * 1024 * 1024,
  ratePerMinute: 30,
  continuousReports: "quarterly",
};

/** What the core's services share: the database, time, words, the plans and directory. */
export interface Services {
  db: Db;
  clock: Clock;
  i18n: I18n;
  catalog: TaskCatalog;
  store: FileStore;
  config: CoreConfig;
  faults?: Faults;
  /** Security events (wrong codes, refused actions); never message texts. */
  log?: Logger;
  /** Called when messages for other people were queued: a dispatcher in this process sends them now. */
  onQueued?: () => void;
}

/** One message being handled, for one account. */
export interface Turn extends Services {
  account: Account;
  /** The account's state as last written, so a turn writes it at most once more, and only when it changed. */
  persisted: string;
  locale: Locale;
  /** A message in our markup: string arguments are escaped. */
  t(id: string, args?: Args): string;
  /** Plain text: button labels and button-press notices. */
  plain(id: string, args?: Args): string;
}

export function text(t: string, buttons?: Button[][]): OutMessage {
  return buttons?.length ? { text: t, buttons } : { text: t };
}

/** A pressed button whose data no longer leads anywhere: said in the chat and on the button. */
export function stale(turn: Pick<Turn, "t" | "plain">): Reply {
  return { ...say(turn.t("button-stale")), toast: turn.plain("button-stale") };
}

/** The Cancel option every flow offers. */
export const cancelButton = (turn: Pick<Turn, "plain">): Button => ({
  label: turn.plain("button-cancel"),
  data: CANCEL.pack({}),
});

/** A reply of one message. */
export function say(t: string, buttons?: Button[][]): Reply {
  return { messages: [text(t, buttons)], notify: [] };
}

/**
 * Stores the account's conversation state and keeps this turn's copy in step,
 * so whatever is saved later in the same turn (the numbered options) builds on it.
 */
export async function setState(turn: Turn, state: AccountState): Promise<void> {
  turn.account.state = state;
  await saveState(turn.db, turn.account.id, state);
  turn.persisted = JSON.stringify(state);
}

/** Writes what the turn changed in the state without saving (options, menu, the last list), once. */
export async function flushState(turn: Turn): Promise<void> {
  if (JSON.stringify(turn.account.state) !== turn.persisted) await setState(turn, turn.account.state);
}
