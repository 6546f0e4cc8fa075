// The one port every chat platform implements (Telegram, Zalo, the console): messages come in through
// `start`, and everything that is not a direct reply leaves through `send`, called only by the dispatcher.

import type { ChannelName, Incoming, OutMessage, Reply } from "./types.js";

/** What a platform said about one message sent through `send`. */
export type SendResult =
  | { ok: true }
  | { ok: false; kind: "rate-limited"; retryAfterSec: number }
  | { ok: false; kind: "blocked" }
  | { ok: false; kind: "transient" | "permanent"; error: string };

export interface ChannelCapabilities {
  /** Shows buttons; without them options are numbered, or the message's `hint` says what to type. */
  buttons: boolean;
  /** Longest text of one platform message (longer ones go in parts). */
  maxText: number;
  /** Subject to the platform's rate limits, so the dispatcher paces what it sends. */
  paced: boolean;
}

/** A webhook the application's one HTTP server serves for a channel. */
export interface WebhookRoute {
  name: string;
  path: string;
  /** The request header carrying the secret the platform was given. */
  secretHeader: string;
  secret: string;
  /** Takes a parsed body; true when the update was accepted (queued), false when it is not an update. */
  accept(body: unknown): boolean;
}

/** How the core answers one incoming message. */
export type MessageHandler = (incoming: Incoming) => Promise<Reply>;

export interface StartedChannel {
  /** In webhook mode: the route to serve. */
  webhook?: WebhookRoute;
  /** The bot's own username, where the platform has one (for invite links). */
  botUsername?: string;
  /** Resolves when the channel has nothing more to read (the console at the end of its input). */
  finished?: Promise<void>;
}

export interface ChannelPort {
  readonly name: ChannelName;
  readonly capabilities: ChannelCapabilities;
  /** Starts receiving: each message is handed to `onMessage` and its reply rendered back to the chat. */
  start(onMessage: MessageHandler): Promise<StartedChannel>;
  /** Stops receiving and finishes what it has. */
  stop(): Promise<void>;
  /** Sends one message outside of a reply; no retries of its own (the dispatcher paces and retries). */
  send(chatId: string, message: OutMessage): Promise<SendResult>;
}
