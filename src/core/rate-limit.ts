/**
 * How many messages one sender may send a minute, in fixed windows of real
 * elapsed time (not the business clock, which `--now` may freeze). Only the
 * first message over the limit is answered; the rest of the window is quiet,
 * so a flood cannot make the bot flood back.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** "ok" to go on; "first" for the first message over the limit; "again" for the ones after it. */
  take(key: string): "ok" | "first" | "again" {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size > 50_000) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= this.perMinute) return "ok";
    return w.count === this.perMinute + 1 ? "first" : "again";
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(k);
  }
}
