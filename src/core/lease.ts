import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.js";
import { release, tryAcquire } from "../db/lease-repo.js";

export { release, tryAcquire };
import type { Logger } from "../logger.js";

/** Runs `start` while this instance holds the lease and `stop` when it loses it. */
export function holdWhileLeased(opts: {
  db: Db;
  name: string;
  ttlMs?: number;
  log?: Logger;
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
}): { stop(): Promise<void>; holder: string } {
  const holder = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const ttl = opts.ttlMs ?? 30_000;
  let active = false;
  let stopped = false;
  const step = async () => {
    if (stopped) return;
    const held = await tryAcquire(opts.db, opts.name, holder, ttl).catch(() => false);
    if (held && !active) {
      active = true;
      opts.log?.info({ lease: opts.name }, "lease acquired: this instance polls");
      await opts.start();
    } else if (!held && active) {
      active = false;
      opts.log?.warn({ lease: opts.name }, "lease lost: another instance polls");
      await opts.stop();
    }
  };
  void step();
  const timer = setInterval(() => void step(), Math.max(1000, Math.floor(ttl / 3)));
  return {
    holder,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (active) await opts.stop();
      await release(opts.db, opts.name, holder).catch(() => undefined);
    },
  };
}
