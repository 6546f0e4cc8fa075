import { randomUUID } from "node:crypto";
import type { ChannelPort, SendResult } from "../core/channel-port.js";
import type { OutMessage } from "../core/types.js";
import type { Db } from "../db/client.js";
import { claim, dropAccount, settle, type DeferReason, type OutboxRow } from "../db/outbox-repo.js";
import { offeredOptions, offerOptions } from "../db/user-repo.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";
import { storedButtons, storedFile } from "./relevance.js";

/** Numbered options one person may have open at once, across a reply and the pushes after it. */
const MAX_NUMBERED = 12;
/** How far behind its schedule a paced channel may catch up (a held-up loop), rather than lose the time. */
const CATCH_UP_MS = 100;
/** Margin on the platform's one-second window, for network jitter between our clock and theirs. */
const WINDOW_GUARD_MS = 15;
/** How recent a reply's options must be for a push to number on after them (older ones are off the screen). */
const RUN_ON_MS = 10 * 60_000;

/** Wall-clock pacing, injectable so tests need not wait. */
export interface Pacer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPacer: Pacer = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/** Whether a claimed message should go now: null to send, cancelled (why), or held until later. */
export type Verdict =
  | null
  | { cancel: string }
  | { defer: Date; reason: DeferReason; why: string }
  /** Send this instead of the stored text (a digest composed for its channel). */
  | { message: OutMessage };

/** The channels a dispatcher sends on: the port's name and its `send`, and whether it is paced. */
export type Outlet = Pick<ChannelPort, "name" | "send"> & {
  capabilities: Pick<ChannelPort["capabilities"], "paced"> & { buttons?: boolean; maxText?: number };
};

export interface DispatcherOptions {
  db: Db;
  clock: Clock;
  channels: Outlet[];
  /** Only this chat (a console session sends only its own person's messages). */
  chatId?: string;
  /** Messages per second across all chats of one paced channel. */
  ratePerSecond: number;
  /** Share of the rate the even pacing aims at (default 0.99); a sliding window keeps any second under the rate. */
  headroom?: number;
  /** Gap between two messages to one private chat, and to one group. */
  privateGapMs?: number;
  groupGapMs?: number;
  maxInFlight?: number;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  pacer?: Pacer;
  log?: Logger;
  check?: (row: OutboxRow, on: { maxText: number }) => Promise<Verdict>;
  workerId?: string;
}

/** One message's place in a paced channel's sliding second. */
interface Slot {
  at: number;
  answeredAt?: number;
}

/** A claimed row checked and ready to go, with what it says. */
interface Ready {
  row: OutboxRow;
  message: OutMessage;
}

export interface DispatchStats {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  blocked: number;
  rateLimited: number;
}

const noStats = (): DispatchStats => ({ sent: 0, retried: 0, failed: 0, cancelled: 0, blocked: 0, rateLimited: 0 });

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A stored row as the message a channel sends. */
export function messageOf(row: OutboxRow): OutMessage {
  const buttons = storedButtons(row);
  const file = storedFile(row);
  return {
    text: row.text,
    ...(buttons.length ? { buttons } : {}),
    ...(file ? { file } : {}),
    ...(row.hint ? { hint: row.hint } : {}),
  };
}

/**
 * The one thing that pushes: reminders, digests and notices alike leave
 * through the outbox and a channel port's `send`. Within platform limits: a
 * rate per channel, one message a second per private chat (20 a minute per
 * group), 429 answers honoured by pausing that channel for retry_after, users
 * who blocked the bot (403) marked inactive, transient failures retried with
 * backoff. Every outcome is recorded.
 */
export class Dispatcher {
  readonly workerId: string;
  private readonly pacer: Pacer;
  private readonly channels: Map<string, Outlet>;
  /** When each paced channel may send its next message. */
  private readonly nextSend = new Map<string, number>();
  private readonly nextChat = new Map<string, number>();
  /** When each paced channel's last messages went: never more than the rate in any second. */
  private readonly recent = new Map<string, Slot[]>();
  /** The quickest answer each channel has given: what is left of a slower one was time before it left. */
  private readonly quickest = new Map<string, number>();
  private running = false;
  private loop: Promise<void> | null = null;
  private woken: (() => void) | null = null;

  constructor(private readonly o: DispatcherOptions) {
    this.workerId = o.workerId ?? `dispatcher-${randomUUID().slice(0, 8)}`;
    this.pacer = o.pacer ?? realPacer;
    this.channels = new Map(o.channels.map((c) => [c.name, c]));
  }

  private paced(channel: string): boolean {
    return this.channels.get(channel)?.capabilities.paced ?? true;
  }

  private gapFor(row: OutboxRow): number {
    if (!this.paced(row.channel)) return 0;
    return row.chatId.startsWith("-") ? (this.o.groupGapMs ?? 3000) : (this.o.privateGapMs ?? 1000);
  }

  /**
   * When the channel may send again without a sliding second holding more than the rate: even pacing alone
   * lets one late timer put the rate plus one into a second later on (a 429 at Telegram's 30 a second).
   */
  private windowOpens(channel: string): number {
    const sent = this.recent.get(channel);
    const n = Math.floor(this.o.ratePerSecond);
    if (!sent || sent.length < n) return 0;
    return this.arrivedAt(channel, sent[sent.length - n]!) + 1000 + WINDOW_GUARD_MS;
  }

  private chatKey(row: OutboxRow): string {
    return `${row.channel}:${row.chatId}`;
  }

  /** Something was just queued: an idle loop looks at once instead of at the end of its pause. */
  wake(): void {
    this.woken?.();
  }

  /** Claims one batch and sends it; returns what happened. */
  async runOnce(): Promise<DispatchStats> {
    const stats = noStats();
    const rows = await claim(this.o.db, {
      workerId: this.workerId,
      now: this.o.clock.now(),
      limit: this.o.batch ?? 200,
      leaseMs: this.o.leaseMs ?? 120_000,
      scope: { channels: [...this.channels.keys()], ...(this.o.chatId !== undefined ? { chatId: this.o.chatId } : {}) },
    });
    // Each is checked (a digest composed) while earlier ones are sent, one chat's rows in order; the sends are
    // paced on their own: how long a check takes must not bunch them (a second with 31 messages is a 429).
    const queue: Ready[] = [];
    let preparing = true;
    let wake = () => {};
    const checked = this.prepareAll(rows, stats, (r) => {
      queue.push(r);
      wake();
    }).finally(() => {
      preparing = false;
      wake();
    });
    const inFlight = new Set<Promise<void>>();
    // On an unpaced channel (the console) one chat's messages go one after another, in order, each push's
    // numbering seeing the one before; paced channels already space a chat's messages a second or more apart.
    const lastOfChat = new Map<string, Promise<void>>();
    while (queue.length || preparing) {
      if (!queue.length) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const now = this.pacer.now();
      const pick = queue.findIndex((r) => this.readyAt(r.row) <= now);
      if (pick < 0) {
        // Nothing may go yet: wait for the soonest.
        const soonest = Math.min(...queue.map((r) => this.readyAt(r.row)));
        await this.pacer.sleep(Math.max(1, soonest - now));
        continue;
      }
      const { row, message } = queue.splice(pick, 1)[0]!;
      const slot = this.reserve(row, now);
      const key = this.chatKey(row);
      const before = this.paced(row.channel) ? undefined : lastOfChat.get(key);
      // Started at once when nothing is ahead of it (the pacing above counts on that).
      const job: Promise<void> = (
        before ? before.then(() => this.deliver(row, message, stats)) : this.deliver(row, message, stats, slot)
      ).finally(() => {
        inFlight.delete(job);
        if (lastOfChat.get(key) === job) lastOfChat.delete(key);
      });
      lastOfChat.set(key, job);
      inFlight.add(job);
      if (inFlight.size >= (this.o.maxInFlight ?? 16)) await Promise.race(inFlight);
    }
    await checked;
    await Promise.all(inFlight);
    return stats;
  }

  /** When a row's chat and channel may receive a message. */
  private readyAt(row: OutboxRow): number {
    return Math.max(
      this.nextChat.get(this.chatKey(row)) ?? 0,
      this.nextSend.get(row.channel) ?? 0,
      this.windowOpens(row.channel),
    );
  }

  /** Books a paced channel's next slot and the chat's. */
  private reserve(row: OutboxRow, now: number): Slot | undefined {
    if (!this.paced(row.channel)) return undefined;
    const interval = 1000 / (this.o.ratePerSecond * (this.o.headroom ?? 0.99));
    // Keep the schedule when the loop was held up (a timer late, a synchronous database read): the slots missed
    // are caught up at once, within the sliding second; after a real pause (nothing to send) it starts afresh.
    const next = this.nextSend.get(row.channel) ?? 0;
    this.nextSend.set(row.channel, (next > now - CATCH_UP_MS ? next : now) + interval);
    this.nextChat.set(this.chatKey(row), now + this.gapFor(row));
    const sent = this.recent.get(row.channel) ?? [];
    const slot = { at: now };
    sent.push(slot);
    if (sent.length > this.o.ratePerSecond) sent.shift();
    this.recent.set(row.channel, sent);
    return slot;
  }

  /** Records when a message's answer came, and the channel's quickest answer so far. */
  private answered(channel: string, slot: Slot | undefined, started: number): void {
    const now = this.pacer.now();
    this.quickest.set(channel, Math.min(this.quickest.get(channel) ?? Infinity, now - started));
    if (slot) slot.answeredAt = now;
  }

  /**
   * When a message most likely reached the platform: no later than its answer came, less the quickest answer's
   * way back. A message held up on its way out (a first connection, a busy moment) arrives later than its slot,
   * and the second after it must count from then (its 31st follower sent on the slot's clock was a 429).
   */
  private arrivedAt(channel: string, slot: Slot): number {
    if (slot.answeredAt === undefined) return slot.at;
    return Math.max(slot.at, slot.answeredAt - (this.quickest.get(channel) ?? 0));
  }

  /** The claimed rows that are to go now, each with what it says, handed on as each is ready. */
  private async prepareAll(rows: OutboxRow[], stats: DispatchStats, onReady: (r: Ready) => void): Promise<void> {
    const byChat = new Map<string, OutboxRow[]>();
    for (const r of rows) {
      const list = byChat.get(this.chatKey(r));
      if (list) list.push(r);
      else byChat.set(this.chatKey(r), [r]);
    }
    const chats = [...byChat.values()];
    const work = async () => {
      for (let list = chats.shift(); list; list = chats.shift())
        for (const row of list) {
          // The SQLite driver answers synchronously: without a turn of the event loop between rows a batch's
          // checks run as one chain of microtasks, holding back every timer and answer (a second's stall).
          await yieldToLoop();
          const message = await this.prepare(row, stats);
          if (message) onReady({ row, message });
        }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.maxInFlight ?? 16, chats.length) }, work));
  }

  /** Whether a row goes now, and what it says. */
  private async prepare(row: OutboxRow, stats: DispatchStats): Promise<OutMessage | null> {
    const db = this.o.db;
    const channel = this.channels.get(row.channel);
    const maxText = channel?.capabilities.maxText ?? 4096;
    const verdict = this.o.check ? await this.o.check(row, { maxText }) : null;
    if (verdict && "cancel" in verdict) {
      await settle(db, row.id, this.workerId, { state: "cancelled", error: verdict.cancel });
      stats.cancelled++;
      return null;
    }
    if (verdict && "defer" in verdict) {
      const { defer: sendAfter, reason, why: error } = verdict;
      await settle(db, row.id, this.workerId, { state: "pending", sendAfter, reason, error });
      stats.retried++;
      return null;
    }
    if (!channel) {
      await settle(db, row.id, this.workerId, { state: "failed", error: `no sender for ${row.channel}` });
      stats.failed++;
      return null;
    }
    if (row.kind === "digest" && !(verdict && "message" in verdict)) {
      // A digest's text is composed by the relevance check: without one there is nothing to send.
      await settle(db, row.id, this.workerId, { state: "failed", error: "digest not composed (no check)" });
      stats.failed++;
      return null;
    }
    return verdict && "message" in verdict ? verdict.message : messageOf(row);
  }

  private async deliver(row: OutboxRow, message: OutMessage, stats: DispatchStats, slot?: Slot): Promise<void> {
    const db = this.o.db;
    const channel = this.channels.get(row.channel)!;
    let result: SendResult;
    // Only plain channels number a push's options (and only then is the account's state read).
    const numbered = channel.capabilities.buttons === false && !row.hint;
    const numbering = numbered ? await this.numbering(row, message) : null;
    const started = this.pacer.now();
    try {
      result = await channel.send(row.chatId, numbering ? { ...message, numberFrom: numbering.from } : message);
    } catch (err) {
      result = { ok: false, kind: "transient", error: String(err) };
    }
    this.answered(row.channel, slot, started);
    const nowMs = this.o.clock.now().getTime();
    if (result.ok) {
      await settle(db, row.id, this.workerId, { state: "sent", at: this.o.clock.now() });
      if (numbering) await offerOptions(db, row.accountId, numbering.options, this.o.clock.now());
      stats.sent++;
      return;
    }
    switch (result.kind) {
      case "rate-limited": {
        // Every chat of the channel waits: the limit is the bot's, not the chat's.
        const resume = this.pacer.now() + result.retryAfterSec * 1000;
        this.nextSend.set(row.channel, Math.max(this.nextSend.get(row.channel) ?? 0, resume));
        await settle(db, row.id, this.workerId, {
          state: "pending",
          sendAfter: new Date(nowMs + result.retryAfterSec * 1000),
          reason: "rate-limited",
          error: `429 retry_after=${result.retryAfterSec}`,
        });
        stats.rateLimited++;
        return;
      }
      case "blocked":
        await settle(db, row.id, this.workerId, { state: "failed", error: "403 blocked by the user" });
        await dropAccount(db, row.accountId);
        stats.blocked++;
        return;
      case "transient": {
        if (row.attempts >= (this.o.maxAttempts ?? 6)) {
          await settle(db, row.id, this.workerId, { state: "failed", error: result.error });
          stats.failed++;
          return;
        }
        const backoff = Math.min(2 ** row.attempts * 5_000, 30 * 60_000);
        await settle(db, row.id, this.workerId, {
          state: "pending",
          sendAfter: new Date(nowMs + backoff),
          reason: "retry",
          error: result.error,
        });
        stats.retried++;
        return;
      }
      default:
        await settle(db, row.id, this.workerId, { state: "failed", error: result.error });
        stats.failed++;
    }
  }

  /**
   * On a channel that numbers options, a push's options run on after those the person was just offered (the
   * reply printed above it keeps its numbers), and become what a typed number picks. A long run, or one after a
   * reply more than ten minutes old, starts again at 1.
   */
  private async numbering(row: OutboxRow, message: OutMessage) {
    const options = (message.buttons ?? []).flat();
    if (!options.length) return null;
    const since = new Date(this.o.clock.now().getTime() - RUN_ON_MS);
    const offered = await offeredOptions(this.o.db, row.accountId, since);
    const kept = offered.length + options.length <= MAX_NUMBERED ? offered : [];
    return { from: kept.length + 1, options: [...kept, ...options] };
  }

  /** Keeps dispatching until stopped; idles `idleMs` when there is nothing to send. */
  start(idleMs = 1000): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          const s = await this.runOnce();
          if (s.sent + s.retried + s.failed + s.cancelled + s.blocked + s.rateLimited === 0) await this.idle(idleMs);
        } catch (err) {
          this.o.log?.error({ err: String(err) }, "dispatch failed");
          await this.idle(idleMs);
        }
      }
    })();
  }

  /** A pause that `wake` or `stop` cuts short. */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.woken = () => {
        this.woken = null;
        done();
      };
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }
}
