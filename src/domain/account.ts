// Who talks to the assistant: people (users) with a role in an agency, and their chat accounts.
import type { Draft } from "./draft.js";

export type ChannelName = "telegram" | "zalo" | "console";

export type UserRole = "official" | "focal" | "leader" | "reviewer" | "admin";
export type UserStatus = "new" | "pending" | "active" | "revoked" | "denied";
export const ROLES: UserRole[] = ["official", "focal", "leader", "reviewer", "admin"];

export interface AccountState {
  /** A question waiting for its answer. */
  awaiting?: "agency";
  /** A submission being put together (see core/features/submit.ts). */
  submit?: Draft;
  /** An admin sending a plan file: waiting for it, or (sha256) for the confirmation to replace a loaded plan. */
  planUpload?: { sha256?: string; file?: string };
  /** A reviewer writing why a submission is returned. */
  review?: { submissionId: number };
  /** The submission a reviewer last opened: what "duyệt", "trả lại vì …" typed alone decide on. */
  reviewing?: number;
  /** Options last offered: picked by number on numbered channels, by label everywhere. */
  options?: { label: string; data: string }[];
  /** Whether the options were shown numbered (the console, Zalo): only then does a bare number pick one. */
  numbered?: boolean;
  /** When numbered options were shown (ISO): a push soon after numbers its own options on after them. */
  offeredAt?: string;
  /** The task list last shown (its encoded spec and page), for typed paging: "xem thêm", "trang 3". */
  list?: { spec: string; pages: number };
  /** A flow set aside while the person asked something else; "tiếp tục" takes it up again. */
  paused?: boolean;
  /** A message held back while a flow was paused, usable as the answer to its step. */
  held?: string;
  /** The command menu last offered (language and commands), so it is sent again only when it changes. */
  menu?: string;
}

/** The state without the options last offered (a new screen, or a reply that offers none). */
export function withoutOffer(state: AccountState): AccountState {
  const { options: _o, numbered: _n, offeredAt: _a, ...rest } = state;
  return rest;
}

export interface Account {
  id: number;
  channel: ChannelName;
  externalId: string;
  chatId: string;
  state: AccountState;
  user: {
    id: number;
    displayName: string;
    agencyId: string | null;
    agencyName: string | null;
    /** False when the agency left the directory (`directory import`): the account stays, its tasks do not. */
    agencyActive: boolean;
    role: UserRole;
    status: UserStatus;
    locale: string;
  };
}
