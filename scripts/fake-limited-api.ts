// A local Bot API stand-in that enforces Telegram's flood limits, for the
// fan-out benchmark: over `limit` messages in any second, or two messages to
// one chat within a second, it answers 429 with retry_after.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface LimitedApi {
  url: string;
  token: string;
  received: Map<string, number>;
  http429: number;
  /** When the last message was accepted (epoch ms). */
  lastAt: number;
  close(): Promise<void>;
}

export async function startLimitedApi(limit: number, token = "1:bench-token-bench-token"): Promise<LimitedApi> {
  const window: number[] = [];
  const lastByChat = new Map<string, number>();
  const state: LimitedApi = { url: "", token, received: new Map(), http429: 0, lastAt: 0, close: async () => {} };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    const now = performance.now();
    while (window.length && window[0]! <= now - 1000) window.shift();
    const chat = String(body.chat_id);
    const send = (code: number, payload: unknown) =>
      res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(payload));
    if (window.length >= limit || now - (lastByChat.get(chat) ?? -Infinity) < 1000) {
      state.http429++;
      return send(429, {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      });
    }
    window.push(now);
    lastByChat.set(chat, now);
    state.received.set(chat, (state.received.get(chat) ?? 0) + 1);
    state.lastAt = Date.now();
    send(200, {
      ok: true,
      result: { message_id: 1, date: 0, chat: { id: Number(chat), type: "private" }, text: body.text },
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** What the fake API in its own process has seen. */
export interface LimitedApiStats {
  received: Map<string, number>;
  http429: number;
  lastAt: number;
}

/**
 * The same fake in a process of its own, so its clock is not the dispatcher's: in one process, a busy event
 * loop (digests being composed) delays the fake's handling and bunches arrivals into a second it never saw.
 */
export async function spawnLimitedApi(
  limit: number,
): Promise<{ url: string; token: string; stats(): Promise<LimitedApiStats>; close(): Promise<void> }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(limit)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (d: Buffer) => resolve(d.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`fake API exited (${code})`)));
  });
  const { url, token, statsUrl } = JSON.parse(first) as { url: string; token: string; statsUrl: string };
  return {
    url,
    token,
    stats: async () => {
      const s = (await (await fetch(statsUrl)).json()) as Omit<LimitedApiStats, "received"> & {
        received: [string, number][];
      };
      return { ...s, received: new Map(s.received) };
    },
    close: async () => {
      child.kill();
      await new Promise((r) => child.once("exit", r));
    },
  };
}

// Run on its own (by spawnLimitedApi): serves until killed; a second port answers what it has seen.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const api = await startLimitedApi(Number(process.argv[2] ?? 30));
  const stats = http.createServer((_req, res) =>
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ received: [...api.received], http429: api.http429, lastAt: api.lastAt })),
  );
  await new Promise<void>((resolve) => stats.listen(0, "127.0.0.1", resolve));
  const statsUrl = `http://127.0.0.1:${(stats.address() as AddressInfo).port}`;
  process.stdout.write(`${JSON.stringify({ url: api.url, token: api.token, statsUrl })}\n`);
}
