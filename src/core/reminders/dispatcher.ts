import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.js";
import { claim, settle, type OutboxRow } from "../../db/outbox-repo.js";
import type { Clock } from "../../domain/clock.js";
import type { Logger } from "../../logger.js";
import type { Button } from "../types.js";
import { storedButtons } from "./relevance.js";

/** What a platform said about one push. */
export type SendResult =
  | { ok: true }
  | { ok: false; kind: "rate-limited"; retryAfterSec: number }
  | { ok: false; kind: "blocked" }
  | { ok: false; kind: "transient" | "permanent"; error: string };

/** How the dispatcher pushes to one platform (no retries of its own: the dispatcher paces and retries). */
export interface OutboxSender {
  push(chatId: string, text: string, buttons: Button[][]): Promise<SendResult>;
}

/** Wall-clock pacing, injectable so tests need not wait. */
export interface Pacer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPacer: Pacer = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export interface DispatcherOptions {
  db: Db;
  clock: Clock;
  senders: Map<string, OutboxSender>;
  /** Messages per second across all chats. */
  ratePerSecond: number;
  /** Share of the rate actually used (default 0.97): network jitter must not push a second over the limit. */
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
  /** Why a claimed message should not go out now: null to send, "cancel:<why>", or a later time. */
  check?: (row: OutboxRow) => Promise<null | { cancel: string } | { defer: Date; why: string }>;
  workerId?: string;
}

export interface DispatchStats {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  blocked: number;
  rateLimited: number;
}

/**
 * Sends the outbox within platform limits: a global rate, one message a
 * second per private chat (20 a minute per group), 429 answers honoured by
 * pausing everything for retry_after, users who blocked the bot (403) marked
 * inactive, transient failures retried with backoff. Every outcome is recorded.
 */
export class Dispatcher {
  readonly workerId: string;
  private readonly pacer: Pacer;
  private nextGlobal = 0;
  private readonly nextChat = new Map<string, number>();
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly o: DispatcherOptions) {
    this.workerId = o.workerId ?? `dispatcher-${randomUUID().slice(0, 8)}`;
    this.pacer = o.pacer ?? realPacer;
  }

  private gapFor(chatId: string): number {
    return chatId.startsWith("-") ? (this.o.groupGapMs ?? 3000) : (this.o.privateGapMs ?? 1000);
  }

  /** Claims one batch and sends it; returns what happened. */
  async runOnce(): Promise<DispatchStats> {
    const stats: DispatchStats = { sent: 0, retried: 0, failed: 0, cancelled: 0, blocked: 0, rateLimited: 0 };
    const rows = await claim(
      this.o.db,
      this.workerId,
      this.o.clock.now(),
      this.o.batch ?? 200,
      this.o.leaseMs ?? 120_000,
    );
    const queue = [...rows];
    const inFlight = new Set<Promise<void>>();
    const interval = 1000 / (this.o.ratePerSecond * (this.o.headroom ?? 0.97));
    while (queue.length) {
      const now = this.pacer.now();
      // The first message whose chat may receive one now; otherwise wait for the soonest.
      const pick = queue.findIndex((r) => (this.nextChat.get(r.chatId) ?? 0) <= now);
      if (pick < 0) {
        const soonest = Math.min(...queue.map((r) => this.nextChat.get(r.chatId) ?? 0));
        await this.pacer.sleep(Math.max(1, soonest - now));
        continue;
      }
      if (this.nextGlobal > now) {
        await this.pacer.sleep(this.nextGlobal - now);
        continue;
      }
      const row = queue.splice(pick, 1)[0]!;
      // Keep the schedule when a timer fires a little late (no drift); restart it after a real pause.
      this.nextGlobal = (this.nextGlobal > now - interval ? this.nextGlobal : now) + interval;
      this.nextChat.set(row.chatId, now + this.gapFor(row.chatId));
      const job = this.deliver(row, stats).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= (this.o.maxInFlight ?? 16)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return stats;
  }

  private async deliver(row: OutboxRow, stats: DispatchStats): Promise<void> {
    const db = this.o.db;
    const verdict = this.o.check ? await this.o.check(row) : null;
    if (verdict && "cancel" in verdict) {
      await settle(db, row.id, this.workerId, { state: "cancelled", error: verdict.cancel });
      stats.cancelled++;
      return;
    }
    if (verdict && "defer" in verdict) {
      await settle(db, row.id, this.workerId, { state: "pending", sendAfter: verdict.defer, error: verdict.why });
      stats.retried++;
      return;
    }
    const sender = this.o.senders.get(row.channel);
    if (!sender) {
      await settle(db, row.id, this.workerId, { state: "failed", error: `no sender for ${row.channel}` });
      stats.failed++;
      return;
    }
    let result: SendResult;
    try {
      result = await sender.push(row.chatId, row.text, storedButtons(row));
    } catch (err) {
      result = { ok: false, kind: "transient", error: String(err) };
    }
    const nowMs = this.o.clock.now().getTime();
    if (result.ok) {
      await settle(db, row.id, this.workerId, { state: "sent", at: this.o.clock.now() });
      stats.sent++;
      return;
    }
    switch (result.kind) {
      case "rate-limited": {
        // Everyone waits: the limit is the bot's, not the chat's.
        this.nextGlobal = Math.max(this.nextGlobal, this.pacer.now() + result.retryAfterSec * 1000);
        await settle(db, row.id, this.workerId, {
          state: "pending",
          sendAfter: new Date(nowMs + result.retryAfterSec * 1000),
          error: `429 retry_after=${result.retryAfterSec}`,
        });
        stats.rateLimited++;
        return;
      }
      case "blocked":
        await db.chatAccount.update({ where: { id: row.accountId }, data: { active: false } });
        await settle(db, row.id, this.workerId, { state: "failed", error: "403 blocked by the user" });
        await db.outboxMessage.updateMany({
          where: { accountId: row.accountId, state: "pending" },
          data: { state: "cancelled", lastError: "account inactive" },
        });
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

  /** Keeps dispatching until stopped; idles `idleMs` when there is nothing to send. */
  start(idleMs = 1000): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          const s = await this.runOnce();
          if (s.sent + s.retried + s.failed + s.cancelled + s.blocked + s.rateLimited === 0)
            await this.pacer.sleep(idleMs);
        } catch (err) {
          this.o.log?.error({ err: String(err) }, "dispatch failed");
          await this.pacer.sleep(idleMs);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
